package org.dateline.newsroom.workflow;

import java.util.Locale;
import java.util.Optional;

/** What a user (or the scheduler) does to a story's stage. */
public enum Action {
  SUBMIT("Submit to the desk"),
  RETURN("Return to reporter"),
  PUBLISH("Publish now"),
  SCHEDULE("Schedule"),
  UNSCHEDULE("Cancel schedule"),
  EMBARGO("Embargo"),
  UPDATE("Publish update"),
  CORRECT("Publish correction"),
  KILL("Kill"),
  /** Publishes a killed story again, as a new version (the kill stays in the history). */
  REINSTATE("Reinstate"),
  /** Moves an embargo's end to another future time. */
  REEMBARGO("Change embargo time");

  private final String label;

  Action(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the action needs a time: when to publish, when the embargo ends. */
  public boolean needsTime() {
    return this == SCHEDULE || this == EMBARGO || this == REEMBARGO;
  }

  /**
   * Why the action cannot go without a note, when it needs one: a correction tells readers what was
   * corrected; a kill tells readers and subscribers why (decision 0033). The one statement of the
   * rule: the workflow, the editor's fields and the desk's bulk kill all ask it.
   */
  public Optional<String> noteRequired() {
    return switch (this) {
      case CORRECT ->
          Optional.of("A correction needs a note that tells readers what was corrected.");
      case KILL ->
          Optional.of(
              "A kill needs a reason: readers see it where the story was, and subscribers get it"
                  + " with the kill.");
      default -> Optional.empty();
    };
  }

  /** The action named by {@code code}; empty-handed callers get IllegalArgumentException. */
  public static Action ofCode(String code) {
    return byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown action " + code));
  }

  /** The action named by {@code code}, if any. */
  public static Optional<Action> byCode(String code) {
    for (Action a : values()) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
