package org.dateline.ingest;

/**
 * Where an incoming item stands on the desk. The store keeps {@code NEW}, {@code UPDATED} and
 * {@code KILLED}; the desk shows {@code TAKEN}, {@code PUBLISHED} and {@code EXPIRED} from the
 * item's uses and age (decision 0070).
 */
public enum IncomingState {
  /** Arrived, not yet looked at. */
  NEW,
  /** A newer version replaced the one the desk had. */
  UPDATED,
  /** The provider canceled it: never to be used. */
  KILLED,
  /** A newsroom draft was made of it. */
  TAKEN,
  /** A public story was published from it. */
  PUBLISHED,
  /** Nobody took it in time: off the desk's column. */
  EXPIRED;

  /** The word the store uses. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static IncomingState of(String word) {
    return valueOf(word.toUpperCase(java.util.Locale.ROOT));
  }
}
