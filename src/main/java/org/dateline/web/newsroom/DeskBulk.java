package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.StoryNotFound;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.web.BadRequest;

/**
 * The desk's bulk actions for editors: submit, publish or kill the chosen stories. Each story is
 * its own transaction through {@link Workflow#apply}, so one refusal (an incomplete draft, a story
 * another editor moved meanwhile) stops nothing else; the desk then lists what happened to each.
 * Kill needs a reason, which goes with each kill as its note (decision 0036).
 */
public final class DeskBulk {
  /** The most stories one bulk action takes (a desk page shows at most this many). */
  static final int MAX = DeskPages.LIMIT;

  private static final List<Action> ACTIONS = List.of(Action.SUBMIT, Action.PUBLISH, Action.KILL);

  private final Workflow workflow;
  private final Stories stories;
  private final DeskPages desk;

  public DeskBulk(Workflow workflow, Stories stories, DeskPages desk) {
    this.workflow = workflow;
    this.stories = stories;
    this.desk = desk;
  }

  /** The actions offered, as options of the desk's bulk form. */
  static List<NewsroomModel.Option> options() {
    return ACTIONS.stream().map(a -> new NewsroomModel.Option(a.code(), a.label(), false)).toList();
  }

  /** {@code POST /newsroom/desk/bulk?stage=...}: act, then show the desk with each outcome. */
  public void apply(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Action action =
        ACTIONS.stream()
            .filter(a -> a.code().equals(ctx.formParam("action")))
            .findFirst()
            .orElseThrow(() -> new BadRequest("Choose submit, publish or kill."));
    Set<Long> ids = new LinkedHashSet<>();
    for (String s : ctx.formParams("story")) {
      ids.add(Inputs.optionalId(s, "story").orElseThrow(() -> new BadRequest("No such story.")));
    }
    if (ids.size() > MAX) {
      throw new BadRequest("Choose at most " + MAX + " stories at a time.");
    }
    String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
    List<String> results = new ArrayList<>();
    if (ids.isEmpty()) {
      results.add("Choose the stories first: nothing was changed.");
    } else if (action == Action.KILL && reason.isEmpty()) {
      results.add("A kill needs its reason: nothing was killed.");
    } else {
      for (long id : ids) {
        results.add(headline(id) + ": " + outcome(id, action, reason, user));
      }
    }
    desk.show(ctx, results);
  }

  private String outcome(long id, Action action, String reason, User user) {
    try {
      workflow.apply(
          id,
          new Workflow.Request(action, Optional.empty(), action == Action.KILL ? reason : ""),
          user);
      return switch (action) {
        case SUBMIT -> "submitted.";
        case PUBLISH -> "published.";
        default -> "killed.";
      };
    } catch (WorkflowRefused | NotAllowed | StoryNotFound | IllegalArgumentException e) {
      return "refused — " + (e.getMessage() == null ? "no such story." : e.getMessage());
    }
  }

  private String headline(long id) {
    return stories
        .find(id)
        .map(s -> s.draft().headline().isEmpty() ? "(no headline yet)" : s.draft().headline())
        .orElse("Story #" + id);
  }
}
