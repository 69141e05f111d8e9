package org.dateline.newsroom.workflow;

import static org.dateline.newsroom.auth.Permission.PUBLISH;
import static org.dateline.newsroom.auth.Permission.WRITE_OWN;
import static org.dateline.newsroom.workflow.Action.CORRECT;
import static org.dateline.newsroom.workflow.Action.EMBARGO;
import static org.dateline.newsroom.workflow.Action.KILL;
import static org.dateline.newsroom.workflow.Action.REEMBARGO;
import static org.dateline.newsroom.workflow.Action.REINSTATE;
import static org.dateline.newsroom.workflow.Action.RETURN;
import static org.dateline.newsroom.workflow.Action.SCHEDULE;
import static org.dateline.newsroom.workflow.Action.SUBMIT;
import static org.dateline.newsroom.workflow.Action.UNSCHEDULE;
import static org.dateline.newsroom.workflow.Action.UPDATE;
import static org.dateline.newsroom.workflow.Stage.DRAFT;
import static org.dateline.newsroom.workflow.Stage.EMBARGOED;
import static org.dateline.newsroom.workflow.Stage.KILLED;
import static org.dateline.newsroom.workflow.Stage.PUBLISHED;
import static org.dateline.newsroom.workflow.Stage.SCHEDULED;
import static org.dateline.newsroom.workflow.Stage.SUBMITTED;

import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.auth.Permission;

/**
 * The workflow, as one table: from stage, action, to stage, and the permission it takes. {@link
 * Workflow#apply} is the only way a story changes stage, and it reads nothing but this table.
 */
public final class Transitions {
  /** One row of the table. */
  public record Transition(Stage from, Action action, Stage to, Permission permission) {}

  public static final List<Transition> TABLE =
      List.of(
          new Transition(DRAFT, SUBMIT, SUBMITTED, WRITE_OWN),
          new Transition(SUBMITTED, RETURN, DRAFT, PUBLISH),
          new Transition(DRAFT, Action.PUBLISH, PUBLISHED, PUBLISH),
          new Transition(SUBMITTED, Action.PUBLISH, PUBLISHED, PUBLISH),
          new Transition(DRAFT, SCHEDULE, SCHEDULED, PUBLISH),
          new Transition(SUBMITTED, SCHEDULE, SCHEDULED, PUBLISH),
          new Transition(SCHEDULED, UNSCHEDULE, SUBMITTED, PUBLISH),
          // The scheduler publishes a scheduled story when its time comes.
          new Transition(SCHEDULED, Action.PUBLISH, PUBLISHED, PUBLISH),
          new Transition(DRAFT, EMBARGO, EMBARGOED, PUBLISH),
          new Transition(SUBMITTED, EMBARGO, EMBARGOED, PUBLISH),
          // Lifting an embargo, by the scheduler when it ends or by an editor earlier.
          new Transition(EMBARGOED, Action.PUBLISH, PUBLISHED, PUBLISH),
          new Transition(EMBARGOED, REEMBARGO, EMBARGOED, PUBLISH),
          new Transition(PUBLISHED, UPDATE, PUBLISHED, PUBLISH),
          new Transition(PUBLISHED, CORRECT, PUBLISHED, PUBLISH),
          new Transition(PUBLISHED, KILL, KILLED, PUBLISH),
          new Transition(EMBARGOED, KILL, KILLED, PUBLISH),
          // A killed story published again as a new version (decision 0033).
          new Transition(KILLED, REINSTATE, PUBLISHED, PUBLISH));

  private Transitions() {}

  public static Optional<Transition> find(Stage from, Action action) {
    return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /** The actions that exist from a stage, in table order. */
  public static List<Transition> from(Stage stage) {
    return TABLE.stream().filter(t -> t.from() == stage).toList();
  }
}
