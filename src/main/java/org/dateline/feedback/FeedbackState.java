package org.dateline.feedback;

import java.util.Locale;
import java.util.Optional;

/** Where a reader's message stands in the newsroom's triage. */
public enum FeedbackState {
  /** No one has looked at it yet; counted in the newsroom header. */
  NEW,
  /** Someone read it; it may still need an answer or a fix. */
  READ,
  /** Dealt with: answered, fixed, or nothing to do. */
  RESOLVED;

  /** The value stored in {@code feedback.state} and sent by forms. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** The state named by {@code code}, or empty for anything else (a form cannot invent states). */
  public static Optional<FeedbackState> ofCode(String code) {
    for (FeedbackState s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
