package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Ids;
import org.dateline.shared.Slugs;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.NewsroomModel.ActionButton;
import org.dateline.web.newsroom.NewsroomModel.AuditRow;
import org.dateline.web.newsroom.NewsroomModel.LiveChanges;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.newsroom.NewsroomModel.StoryForm;
import org.dateline.web.newsroom.NewsroomModel.StoryPage;
import org.dateline.web.newsroom.NewsroomModel.WorkflowFields;
import org.dateline.web.site.ArticlePages;

/** The story editor: open, save, autosave, preview, and the workflow's actions. */
public final class StoryPages {
  private final Stories stories;
  private final Desk desk;
  private final Workflow workflow;
  private final Sections sections;
  private final NewsroomChrome chrome;
  private final ArticlePages articlePages;
  private final KillPages kill;
  private final IncomingDesk incoming;
  private final StoryNotes notes;
  private final TranslationPages translations;

  public StoryPages(
      Stories stories,
      Desk desk,
      Workflow workflow,
      Sections sections,
      NewsroomChrome chrome,
      ArticlePages articlePages,
      IncomingDesk incoming,
      StoryNotes notes,
      TranslationPages translations) {
    this.translations = translations;
    this.incoming = incoming;
    this.notes = notes;
    this.stories = stories;
    this.desk = desk;
    this.workflow = workflow;
    this.sections = sections;
    this.chrome = chrome;
    this.articlePages = articlePages;
    this.kill = new KillPages(chrome);
  }

  /** Where a story taken from the incoming desk came from: "from PROVIDER, guid G, version V". */
  private String source(Story story) {
    return incoming
        .sourceOf(story.id())
        .map(s -> "from " + s.provider() + ", guid " + s.guid() + ", version " + s.version())
        .orElse("");
  }

  /** POST /newsroom/stories: a new draft in the chosen edition (the default one when none). */
  public void create(Context ctx) {
    String code = Inputs.text(ctx, "edition");
    Edition edition =
        code.isEmpty()
            ? chrome.editions().current()
            : chrome
                .editions()
                .byCode(code)
                .orElseThrow(() -> new BadRequest("There is no edition " + code + "."));
    Story story = stories.create(NewsroomAccess.user(ctx), edition.code());
    ctx.redirect("/newsroom/stories/" + story.id(), HttpStatus.SEE_OTHER);
  }

  /** Opens the newsroom copy of a public article (made from it when it came from an import). */
  public void openArticle(Context ctx) {
    Story story = stories.forArticle(id(ctx), NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/stories/" + story.id(), HttpStatus.SEE_OTHER);
  }

  public void view(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    stories.opened(story.id(), user);
    String done = ctx.queryParam("done");
    String notice = done == null ? "" : done.equals("saved") ? "Saved." : ActionFields.notice(done);
    render(ctx, 200, story, user, DraftForm.of(story.draft()), "", notice, WorkflowFields.NONE);
  }

  public void save(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    DraftForm.Parsed parsed = parse(ctx, story);
    if (parsed.draft().isEmpty()) {
      render(ctx, 422, story, user, parsed.form(), parsed.error(), "", WorkflowFields.NONE);
      return;
    }
    stories.save(story.id(), DraftForm.version(ctx), parsed.draft().get(), user, "");
    ctx.redirect("/newsroom/stories/" + story.id() + "?done=saved", HttpStatus.SEE_OTHER);
  }

  /** The editor's periodic save: JSON in, JSON out. */
  public void autosave(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    DraftForm.Parsed parsed = parse(ctx, story);
    if (parsed.draft().isEmpty()) {
      ctx.status(422).json(Map.of("ok", false, "error", parsed.error()));
      return;
    }
    if (parsed.draft().get().equals(story.draft()) && DraftForm.version(ctx) == story.version()) {
      ctx.json(Map.of("ok", true, "version", story.version(), "savedAt", time(story.updatedAt())));
      return;
    }
    Story saved =
        stories.save(story.id(), DraftForm.version(ctx), parsed.draft().get(), user, "autosave");
    ctx.json(Map.of("ok", true, "version", saved.version(), "savedAt", time(saved.updatedAt())));
  }

  /**
   * A workflow action from the editor: what is on screen is saved with it in one transaction
   * ({@link Workflow#act}), so a refused action keeps nothing; the editor shows the refusal beside
   * its field (422) with everything typed kept (decisions 0032, 0039).
   */
  public void action(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    Action action = action(ctx.formParam("action"));
    WorkflowFields typed = ActionFields.typed(ctx);
    ZoneId zone = chrome.editions().of(story.edition()).zone();
    Optional<DraftForm.Parsed> parsed =
        ctx.formParam("headline") == null || story.stage() == Stage.KILLED
            ? Optional.empty()
            : Optional.of(parse(ctx, story));
    StoryForm shown = parsed.map(DraftForm.Parsed::form).orElse(DraftForm.of(story.draft()));
    ActionFields.Time at = ActionFields.at(ctx.formParam("at"), zone);
    Optional<WorkflowFields> missing =
        ActionFields.missing(action, typed, zone).or(() -> at.refusal().map(typed::withAtError));
    if (missing.isPresent() && isKillPage(parsed, action)) {
      kill.render(ctx, 422, story, typed.note(), missing.get().noteError());
      return;
    }
    if (missing.isPresent()) {
      render(ctx, 422, story, user, shown, "", "", missing.get());
      return;
    }
    if (parsed.isPresent() && parsed.get().draft().isEmpty()) {
      render(ctx, 422, story, user, shown, parsed.get().error(), "", typed);
      return;
    }
    Optional<Workflow.Edit> edit =
        parsed
            .flatMap(DraftForm.Parsed::draft)
            .map(d -> new Workflow.Edit(DraftForm.version(ctx), d));
    Workflow.Outcome outcome =
        workflow.act(story.id(), edit, new Workflow.Request(action, at.at(), typed.note()), user);
    if (!outcome.refused()) {
      ctx.redirect(
          "/newsroom/stories/" + story.id() + "?done=" + action.code(), HttpStatus.SEE_OTHER);
    } else if (isKillPage(parsed, action)) {
      kill.render(ctx, 422, story, typed.note(), outcome.refusal());
    } else {
      Optional<WorkflowFields> beside = ActionFields.beside(typed, outcome);
      String above = beside.isPresent() ? "" : outcome.refusal();
      render(ctx, 422, story, user, shown, above, "", beside.orElse(typed));
    }
  }

  /** A kill comes from its confirmation page, which sends the reason and no story form. */
  private static boolean isKillPage(Optional<DraftForm.Parsed> parsed, Action action) {
    return parsed.isEmpty() && action == Action.KILL;
  }

  /** The kill's confirmation page, with the reason to give (required). */
  public void confirmKill(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    if (!workflow.available(story, user).contains(Action.KILL)) {
      throw new WorkflowRefused("This story cannot be killed now.");
    }
    kill.render(ctx, 200, story, "", "");
  }

  private static Action action(String code) {
    return Action.byCode(code).orElseThrow(() -> new BadRequest("Unknown action."));
  }

  /**
   * The posted form as a draft; refused, with what was typed kept, when it names a section that
   * does not exist (stories choose among sections; only an administrator adds one), or chooses an
   * address or related stories the story cannot have (decision 0080).
   */
  private DraftForm.Parsed parse(Context ctx, Story story) {
    DraftForm.Parsed parsed = DraftForm.parse(ctx);
    return parsed
        .draft()
        .flatMap(d -> sections.refusal(d.section()).or(() -> stories.presentationRefusal(story, d)))
        .map(message -> new DraftForm.Parsed(Optional.empty(), message, parsed.form()))
        .orElse(parsed);
  }

  /**
   * The public page as it will look, rendered from the current draft: never under another story's
   * address, with its feedback box inert and kept out of search engines.
   */
  public void preview(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(articlePages.preview(story.articleId(), workflow.previewContent(story.id(), user)));
  }

  private void render(
      Context ctx,
      int status,
      Story story,
      User user,
      StoryForm form,
      String error,
      String notice,
      WorkflowFields workflowFields) {
    render(ctx, status, story, user, form, error, notice, workflowFields, "", "");
  }

  /**
   * The editor page; {@code noteTyped} and {@code noteError} keep a refused note and say why beside
   * it.
   */
  private void render(
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

  private String time(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
        .withZone(chrome.editions().current().zone())
        .format(instant);
  }

  /** "Who is editing": everyone else in the story now (their pages' heartbeats), or "". */
  static String presence(List<String> others) {
    return others.isEmpty()
        ? ""
        : String.join(", ", others)
            + (others.size() == 1 ? " has" : " have")
            + " this story open too. Saves are checked, so nothing is overwritten.";
  }

  /**
   * {@code POST /newsroom/stories/{id}/notes}: adds a note to the story's thread, then back to the
   * thread with a confirmation; an empty or too long note is refused beside the field, its text
   * kept (422).
   */
  public void addNote(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    String text = ctx.formParam("text") == null ? "" : ctx.formParam("text");
    Optional<String> refusal = StoryNotes.refusal(text);
    if (refusal.isPresent()) {
      render(
          ctx,
          422,
          story,
          user,
          DraftForm.of(story.draft()),
          "",
          "",
          WorkflowFields.NONE,
          text,
          refusal.get());
      return;
    }
    notes.add(story.id(), user, text);
    Flash.redirect(ctx, "/newsroom/stories/" + story.id() + "#notes", "Note added.");
  }

  /** {@code POST /newsroom/stories/{id}/presence}: the page's heartbeat; who else is in it. */
  public void heartbeat(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    desk.enter(story.id(), user);
    List<String> others = desk.othersIn(story.id(), user);
    ctx.header("Cache-Control", "no-store");
    ctx.json(java.util.Map.of("others", others, "message", presence(others)));
  }

  /** {@code POST /newsroom/stories/{id}/leave}: the page was left (a beacon on pagehide). */
  public void leave(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    desk.leave(story.id(), user);
    ctx.status(HttpStatus.NO_CONTENT);
  }

  static long id(Context ctx) {
    return Ids.parse(ctx.pathParam("id")).orElseThrow(() -> new NotFound("no such story"));
  }
}
