package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.web.BadRequest;

/**
 * The desk's bulk actions for editors: submit, publish or kill the chosen stories, through {@link
 * Workflow#actOnEach}: each story is its own transaction, so one refusal (an incomplete draft, a
 * story another editor moved meanwhile) stops nothing else; the desk then lists what happened to
 * each. Kill needs a reason by the same rule as a single kill ({@code Action.noteRequired}), which
 * goes with each kill as its note (decisions 0033, 0036).
 */
public final class DeskBulk {
  /** The most stories one bulk action takes (a desk page shows at most this many). */
  static final int MAX = DeskPages.LIMIT;

  private static final List<Action> ACTIONS = List.of(Action.SUBMIT, Action.PUBLISH, Action.KILL);

  private final Workflow workflow;
  private final DeskPages desk;

  public DeskBulk(Workflow workflow, DeskPages desk) {
    this.workflow = workflow;
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
    var request =
        new Workflow.Request(action, Optional.empty(), action == Action.KILL ? reason : "");
    List<String> results = new ArrayList<>();
    Optional<String> noNote = action.noteRequired().filter(why -> request.note().isEmpty());
    if (ids.isEmpty()) {
      results.add("Choose the stories first: nothing was changed.");
    } else if (noNote.isPresent()) {
      results.add(noNote.get() + " Nothing was killed.");
    } else {
      for (Workflow.Each each : workflow.actOnEach(List.copyOf(ids), request, user)) {
        results.add(
            each.headline()
                + ": "
                + each.refusal().map(why -> "refused — " + why).orElse(done(action)));
      }
    }
    desk.show(ctx, results);
  }

  private static String done(Action action) {
    return switch (action) {
      case SUBMIT -> "submitted.";
      case PUBLISH -> "published.";
      default -> "killed.";
    };
  }
}
