package org.dateline.wire;

import java.time.Instant;
import org.dateline.changelog.ChangeAction;

/**
 * One event of the wire: a change-log entry as subscribers see it. {@code id} ({@code evt_SEQ}) is
 * stable: the idempotency key of its webhook, the same on every attempt.
 */
public record WireEvent(long seq, long storyId, ChangeAction action, int version, Instant at) {

  /** The event's type as the wire writes it: publish, update, correct, embargo, lift or kill. */
  public String type() {
    return type(action);
  }

  public static String type(ChangeAction action) {
    return switch (action) {
      case PUBLISHED -> "publish";
      case UPDATED -> "update";
      case CORRECTED -> "correct";
      case EMBARGOED -> "embargo";
      case LIFTED -> "lift";
      case KILLED -> "kill";
    };
  }

  public String id() {
    return "evt_" + seq;
  }

  /** The cursor that follows this event. */
  public String cursor() {
    return Cursors.of(seq);
  }
}
