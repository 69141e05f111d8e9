package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.dateline.section.Sections;
import org.dateline.shared.Ids;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.NewsroomModel.StoryForm;
import org.dateline.web.newsroom.NewsroomModel.WorkflowFields;
import org.dateline.web.site.ArticlePages;

/**
 * The story editor's handlers: open, save, autosave, preview, the workflow's actions, notes and
 * presence. The editor page itself is assembled by {@code EditorPage}; history and versions are
 * {@code HistoryPages}.
 */
public final class StoryPages {
  private final Stories stories;
  private final Desk desk;
  private final Workflow workflow;
  private final Sections sections;
  private final NewsroomChrome chrome;
  private final ArticlePages articlePages;
  private final KillPages kill;
  private final StoryNotes notes;
  private final EditorPage editor;

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
    this.notes = notes;
    this.stories = stories;
    this.desk = desk;
    this.workflow = workflow;
    this.sections = sections;
    this.chrome = chrome;
    this.articlePages = articlePages;
    this.kill = new KillPages(chrome);
    this.editor =
        new EditorPage(stories, desk, workflow, sections, chrome, incoming, notes, translations);
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
    editor.send(
        ctx, 200, story, user, DraftForm.of(story.draft()), "", notice, WorkflowFields.NONE);
  }

  public void save(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    DraftForm.Parsed parsed = parse(ctx, story);
    if (parsed.draft().isEmpty()) {
      editor.send(ctx, 422, story, user, parsed.form(), parsed.error(), "", WorkflowFields.NONE);
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
      editor.send(ctx, 422, story, user, shown, "", "", missing.get());
      return;
    }
    if (parsed.isPresent() && parsed.get().draft().isEmpty()) {
      editor.send(ctx, 422, story, user, shown, parsed.get().error(), "", typed);
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
      editor.send(ctx, 422, story, user, shown, above, "", beside.orElse(typed));
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

  private String time(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
        .withZone(chrome.editions().current().zone())
        .format(instant);
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
      editor.send(
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
    ctx.json(java.util.Map.of("others", others, "message", EditorPage.presence(others)));
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
