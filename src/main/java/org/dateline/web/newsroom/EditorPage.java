package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticlePaths;
import org.dateline.edition.Edition;
import org.dateline.ingest.IncomingDesk;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;
import org.dateline.web.newsroom.NewsroomModel.ActionButton;
import org.dateline.web.newsroom.NewsroomModel.AuditRow;
import org.dateline.web.newsroom.NewsroomModel.LiveChanges;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.newsroom.NewsroomModel.StoryForm;
import org.dateline.web.newsroom.NewsroomModel.StoryPage;
import org.dateline.web.newsroom.NewsroomModel.WorkflowFields;

/**
 * The story editor's page for {@link StoryPages}, with the form as typed and what to say above or
 * beside it: the sections offered, the actions the user may take, the audit trail, who else has the
 * story open, its schedule, the live version's changes, the notes, the address and picks, the
 * translations.
 */
final class EditorPage {
  private final Stories stories;
  private final Desk desk;
  private final Workflow workflow;
  private final Sections sections;
  private final NewsroomChrome chrome;
  private final IncomingDesk incoming;
  private final StoryNotes notes;
  private final TranslationPages translations;

  EditorPage(
      Stories stories,
      Desk desk,
      Workflow workflow,
      Sections sections,
      NewsroomChrome chrome,
      IncomingDesk incoming,
      StoryNotes notes,
      TranslationPages translations) {
    this.stories = stories;
    this.desk = desk;
    this.workflow = workflow;
    this.sections = sections;
    this.chrome = chrome;
    this.incoming = incoming;
    this.notes = notes;
    this.translations = translations;
  }

  void send(
      Context ctx,
      int status,
      Story story,
      User user,
      StoryForm form,
      String error,
      String notice,
      WorkflowFields workflowFields) {
    send(ctx, status, story, user, form, error, notice, workflowFields, "", "");
  }

  /**
   * The editor page; {@code noteTyped} and {@code noteError} keep a refused note and say why beside
   * it.
   */
  void send(
      Context ctx,
      int status,
      Story story,
      User user,
      StoryForm form,
      String error,
      String notice,
      WorkflowFields workflowFields,
      String noteTyped,
      String noteError) {
    // Times in the story's edition's zone; its sections are the ones offered (decision 0079).
    Edition edition = chrome.editions().of(story.edition());
    List<Option> sectionOptions = new ArrayList<>();
    sectionOptions.add(new Option("", "All News (no section)", form.section().isEmpty()));
    for (Section s : sections.inEdition(edition.code())) {
      // A retired section is no choice for a story, but the story already in it keeps it.
      boolean current = s.name().equals(form.section());
      if (s.forNewStories() || current) {
        String label = s.forNewStories() ? s.name() : s.name() + " (retired)";
        sectionOptions.add(new Option(s.name(), label, current));
      }
    }
    if (sectionOptions.stream().noneMatch(Option::selected)) {
      // A name no section has any more (renamed meanwhile): keep it rather than lose it.
      sectionOptions.add(
          new Option(form.section(), form.section() + " (renamed or removed)", true));
    }
    List<ActionButton> buttons =
        workflow.available(story, user).stream()
            .map(
                a ->
                    new ActionButton(
                        a.code(),
                        a.label(),
                        a.needsTime(),
                        a.noteRequired().isPresent(),
                        a == Action.KILL))
            .toList();
    List<AuditRow> audit =
        stories.auditTrail(story.id(), user).stream()
            .map(
                e ->
                    new AuditRow(
                        edition.format(e.at()),
                        e.who(),
                        e.action().label(),
                        e.from().label(),
                        e.to().label(),
                        ActionFields.detail(e.detail(), edition.zone())))
            .toList();
    desk.enter(story.id(), user);
    String warning = presence(desk.othersIn(story.id(), user));
    String schedule =
        story
            .scheduledAt()
            .map(t -> "Scheduled for " + edition.format(t) + " (" + edition.zone().getId() + ").")
            .or(
                () ->
                    story
                        .embargoUntil()
                        .map(
                            t ->
                                "Embargoed until "
                                    + edition.format(t)
                                    + " ("
                                    + edition.zone().getId()
                                    + ")."))
            .orElse("");
    LiveChanges live =
        stories
            .live(story)
            .filter(Stories.Live::changed)
            .map(
                l ->
                    new LiveChanges(
                        true, l.headline(), HistoryPages.fields(l.draft(), story.draft())))
            .orElse(LiveChanges.NONE);
    var page =
        new StoryPage(
            chrome.frame(ctx, "/newsroom/desk"),
            story.id(),
            story.version(),
            story.stage().label(),
            form,
            sectionOptions,
            error,
            notice,
            warning,
            buttons,
            audit,
            story
                .articleId()
                .filter(a -> story.stage() == Stage.PUBLISHED)
                .map(ArticlePaths::byId)
                .orElse(""),
            schedule,
            stories.mayEdit(story, user),
            edition.zone().getId(),
            workflowFields,
            ActionFields.example(edition.zone()),
            story.draft().body(),
            live,
            source(story),
            NoteThread.of(
                story.id(),
                notes.thread(story.id(), user),
                notes.returnNote(story),
                edition,
                noteTyped,
                noteError),
            sharing(story, form),
            edition.name() + " (" + edition.code() + ")",
            translations.box(story, user));
    chrome.send(ctx, status, "newsroom/story.jte", page);
  }

  /** The address, search and sharing fields' surroundings: the automatic slug, the picks. */
  private NewsroomModel.Sharing sharing(Story story, StoryForm form) {
    List<ArticleId> ids = DraftForm.picks(form.related()).ids();
    Map<ArticleId, ArticleHeadline> known = stories.picked(ids);
    List<NewsroomModel.Pick> picks = new ArrayList<>();
    for (ArticleId id : ids) {
      ArticleHeadline h = known.get(id);
      picks.add(
          h == null
              ? new NewsroomModel.Pick(id.value(), "", " · no such story")
              : new NewsroomModel.Pick(
                  id.value(), h.headline(), h.isPublic() ? "" : " · not public, not shown"));
    }
    return new NewsroomModel.Sharing(
        Slugs.of(form.headline()),
        story.articleId().map(id -> "/article/" + id + "/").orElse("/article/…/"),
        chrome.editions().current().siteName(),
        picks);
  }

  /** Where a story taken from the incoming desk came from: "from PROVIDER, guid G, version V". */
  private String source(Story story) {
    return incoming
        .sourceOf(story.id())
        .map(s -> "from " + s.provider() + ", guid " + s.guid() + ", version " + s.version())
        .orElse("");
  }

  /** "Who is editing": everyone else in the story now (their pages' heartbeats), or "". */
  static String presence(List<String> others) {
    return others.isEmpty()
        ? ""
        : String.join(", ", others)
            + (others.size() == 1 ? " has" : " have")
            + " this story open too. Saves are checked, so nothing is overwritten.";
  }
}
