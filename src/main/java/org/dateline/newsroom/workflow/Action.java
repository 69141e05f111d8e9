package org.dateline.newsroom.workflow;

import java.util.Locale;

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

  /** The action named by {@code code}; empty-handed callers get IllegalArgumentException. */
  public static Action ofCode(String code) {
    for (Action a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown action " + code);
  }
}
