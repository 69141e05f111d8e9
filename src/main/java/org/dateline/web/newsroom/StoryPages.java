package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.NewsroomModel.ActionButton;
import org.dateline.web.newsroom.NewsroomModel.AuditRow;
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

  public StoryPages(
      Stories stories,
      Desk desk,
      Workflow workflow,
      Sections sections,
      NewsroomChrome chrome,
      ArticlePages articlePages) {
    this.stories = stories;
    this.desk = desk;
    this.workflow = workflow;
    this.sections = sections;
    this.chrome = chrome;
    this.articlePages = articlePages;
  }

  public void create(Context ctx) {
    Story story = stories.create(NewsroomAccess.user(ctx));
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
    DraftForm.Parsed parsed = parse(ctx);
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
    DraftForm.Parsed parsed = parse(ctx);
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
   * A workflow action from the editor: saves what is on screen first (when it changed), then acts.
   */
  public void action(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    Action action;
    try {
      action = Action.ofCode(String.valueOf(ctx.formParam("action")));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("Unknown action.");
    }
    // A refusal shows the editor again, the message beside its field and every typed value kept.
    WorkflowFields typed = ActionFields.typed(ctx);
    ZoneId zone = chrome.editions().current().zone();
    boolean withForm = ctx.formParam("headline") != null && story.stage() != Stage.KILLED;
    DraftForm.Parsed parsed = withForm ? parse(ctx) : null;
    StoryForm shown = parsed != null ? parsed.form() : DraftForm.of(story.draft());
    Optional<WorkflowFields> missing = ActionFields.missing(action, typed, zone);
    Optional<Instant> at = Optional.empty();
    try {
      at = ActionFields.at(ctx.formParam("at"), zone);
    } catch (WorkflowRefused e) {
      missing = Optional.of(typed.withAtError(e.getMessage()));
    }
    if (missing.isPresent()) {
      render(ctx, 422, story, user, shown, "", "", missing.get());
      return;
    }
    if (parsed != null) {
      if (parsed.draft().isEmpty()) {
        render(ctx, 422, story, user, parsed.form(), parsed.error(), "", typed);
        return;
      }
      if (!parsed.draft().get().equals(story.draft())) {
        story =
            stories.save(
                story.id(),
                DraftForm.version(ctx),
                parsed.draft().get(),
                user,
                "saved with " + action.code());
      }
    }
    try {
      workflow.apply(story.id(), new Workflow.Request(action, at, ctx.formParam("note")), user);
    } catch (WorkflowRefused e) {
      boolean aboutTime = action == Action.SCHEDULE || action == Action.EMBARGO;
      Story now = stories.get(story.id(), user);
      render(
          ctx,
          422,
          now,
          user,
          shown,
          aboutTime ? "" : e.getMessage(),
          "",
          aboutTime ? typed.withAtError(e.getMessage()) : typed);
      return;
    }
    ctx.redirect(
        "/newsroom/stories/" + story.id() + "?done=" + action.code(), HttpStatus.SEE_OTHER);
  }

  /**
   * The posted form as a draft; refused, with what was typed kept, when it names a section that
   * does not exist (stories choose among sections; only an administrator adds one).
   */
  private DraftForm.Parsed parse(Context ctx) {
    DraftForm.Parsed parsed = DraftForm.parse(ctx);
    return parsed
        .draft()
        .flatMap(d -> sections.refusal(d.section()))
        .map(message -> new DraftForm.Parsed(Optional.empty(), message, parsed.form()))
        .orElse(parsed);
  }

  /** The public page as it will look, rendered from the current draft. */
  public void preview(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    Draft draft = story.draft();
    try {
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(
          articlePages.preview(
              story.id(),
              story.articleId(),
              draft.toContent(chrome.editions().current().language())));
    } catch (IllegalArgumentException e) {
      throw new WorkflowRefused("Nothing to preview yet: " + e.getMessage());
    }
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
    Edition edition = chrome.editions().current();
    List<Option> sectionOptions = new ArrayList<>();
    sectionOptions.add(new Option("", "All News (no section)", form.section().isEmpty()));
    for (Section s : sections.all()) {
      sectionOptions.add(new Option(s.name(), s.name(), s.name().equals(form.section())));
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
                        a == Action.SCHEDULE || a == Action.EMBARGO,
                        a == Action.CORRECT || a == Action.KILL || a == Action.RETURN,
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
    boolean editable =
        story.stage() != Stage.KILLED
            && (user.can(Permission.EDIT_ANY)
                || (story.createdBy() == user.id() && story.stage() == Stage.DRAFT));
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
                .map(a -> "/article/" + a)
                .orElse(""),
            schedule,
            editable,
            edition.zone().getId(),
            workflowFields,
            ActionFields.example(edition.zone()),
            story.draft().body());
    chrome.send(ctx, status, "newsroom/story.jte", page);
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
    String text = ctx.pathParam("id");
    if (!text.matches("[1-9][0-9]{0,17}")) {
      throw new NotFound("no such story");
    }
    return Long.parseLong(text);
  }
}
