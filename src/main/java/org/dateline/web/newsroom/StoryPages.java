package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticlePaths;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Ids;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.NewsroomModel.ActionButton;
import org.dateline.web.newsroom.NewsroomModel.AuditRow;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.newsroom.NewsroomModel.StoryForm;
import org.dateline.web.newsroom.NewsroomModel.StoryPage;
import org.dateline.web.newsroom.NewsroomModel.WorkflowBox;
import org.dateline.web.site.ArticlePages;

/** The story editor: open, save, autosave, preview, and the workflow's actions. */
public final class StoryPages {
  private final Stories stories;
  private final Workflow workflow;
  private final Sections sections;
  private final NewsroomChrome chrome;
  private final ArticlePages articlePages;
  private final KillPages kill;

  public StoryPages(
      Stories stories,
      Workflow workflow,
      Sections sections,
      NewsroomChrome chrome,
      ArticlePages articlePages) {
    this.stories = stories;
    this.workflow = workflow;
    this.sections = sections;
    this.chrome = chrome;
    this.articlePages = articlePages;
    this.kill = new KillPages(chrome);
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
    String notice = done == null ? "" : done.equals("saved") ? "Saved." : actionNotice(done);
    render(ctx, 200, story, user, DraftForm.of(story.draft()), "", notice);
  }

  public void save(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    DraftForm.Parsed parsed = parse(ctx);
    if (parsed.draft().isEmpty()) {
      render(ctx, 422, story, user, parsed.form(), parsed.error(), "");
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
   * A workflow action from the editor: what is on screen is saved with it, in one transaction, so a
   * refused action keeps nothing; the editor shows the refusal beside its field with the text kept.
   */
  public void action(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(id(ctx), user);
    Action action = action(ctx.formParam("action"));
    String note = String.valueOf(Optional.ofNullable(ctx.formParam("note")).orElse(""));
    String atText = Optional.ofNullable(ctx.formParam("at")).orElse("").strip();
    Optional<DraftForm.Parsed> parsed =
        ctx.formParam("headline") == null ? Optional.empty() : Optional.of(parse(ctx));
    StoryForm form = parsed.map(DraftForm.Parsed::form).orElse(DraftForm.of(story.draft()));
    if (parsed.isPresent() && parsed.get().draft().isEmpty()) {
      render(ctx, 422, story, user, form, parsed.get().error(), "", typed(note, atText, ""));
      return;
    }
    Optional<Instant> at = at(atText);
    if (!atText.isEmpty() && at.isEmpty()) {
      String error = "\"" + atText + "\" is not a date and time.";
      render(ctx, 422, story, user, form, error, "", typed(note, atText, "at"));
      return;
    }
    Optional<Workflow.Edit> edit =
        parsed
            .flatMap(DraftForm.Parsed::draft)
            .map(d -> new Workflow.Edit(DraftForm.version(ctx), d));
    Workflow.Outcome outcome =
        workflow.act(story.id(), edit, new Workflow.Request(action, at, note), user);
    if (outcome.refused() && parsed.isEmpty() && action == Action.KILL) {
      kill.render(ctx, 422, story, note, outcome.refusal());
    } else if (outcome.refused()) {
      render(
          ctx, 409, story, user, form, outcome.refusal(), "", typed(note, atText, outcome.field()));
    } else {
      ctx.redirect(
          "/newsroom/stories/" + story.id() + "?done=" + action.code(), HttpStatus.SEE_OTHER);
    }
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

  private static WorkflowBox typed(String note, String at, String field) {
    return new WorkflowBox(note, at, field, false, "", List.of());
  }

  private static Action action(String code) {
    for (Action a : Action.values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new BadRequest("Unknown action.");
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
      String notice) {
    render(ctx, status, story, user, form, error, notice, WorkflowBox.empty());
  }

  private void render(
      Context ctx,
      int status,
      Story story,
      User user,
      StoryForm form,
      String error,
      String notice,
      WorkflowBox typed) {
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
                        a == Action.SCHEDULE || a == Action.EMBARGO || a == Action.REEMBARGO,
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
                        e.detail()))
            .toList();
    String warning =
        stories
            .someoneElseEditing(story, user)
            .map(
                e ->
                    e.name()
                        + " has this story open too (since "
                        + time(e.since())
                        + "). Saves are checked, so nothing is overwritten.")
            .orElse("");
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
    Optional<Stories.Live> live = stories.live(story).filter(Stories.Live::changed);
    WorkflowBox box =
        live.map(
                l ->
                    new WorkflowBox(
                        typed.note(),
                        typed.at(),
                        typed.errorField(),
                        true,
                        l.headline(),
                        HistoryPages.fields(l.draft(), story.draft())))
            .orElse(typed);
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
            box);
    chrome.send(ctx, status, "newsroom/story.jte", page);
  }

  private Optional<Instant> at(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.parse(text.strip()).atZone(chrome.editions().current().zone()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private String time(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
        .withZone(chrome.editions().current().zone())
        .format(instant);
  }

  private static String actionNotice(String code) {
    try {
      return switch (Action.ofCode(code)) {
        case SUBMIT -> "Submitted to the desk.";
        case RETURN -> "Returned to the reporter.";
        case PUBLISH -> "Published.";
        case SCHEDULE -> "Scheduled.";
        case UNSCHEDULE -> "Schedule cancelled.";
        case EMBARGO ->
            "Embargoed: subscribers have it; the public will see it when the embargo ends.";
        case UPDATE -> "Update published.";
        case CORRECT -> "Correction published.";
        case KILL -> "Killed: the story is gone from every public page; readers see the reason.";
        case REINSTATE -> "Reinstated: the story is public again, as a new version.";
        case REEMBARGO -> "Embargo time changed: subscribers have the new time.";
      };
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static long id(Context ctx) {
    return Ids.parse(ctx.pathParam("id")).orElseThrow(() -> new NotFound("no such story"));
  }
}
