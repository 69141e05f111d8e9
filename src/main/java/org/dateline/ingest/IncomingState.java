package org.dateline.ingest;

/** Where an incoming item stands on the desk. */
public enum IncomingState {
  /** Arrived, not yet looked at. */
  NEW,
  /** A newer version replaced the one the desk had. */
  UPDATED,
  /** The provider canceled it: never to be used. */
  KILLED;

  /** The word the store uses. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static IncomingState of(String word) {
    return valueOf(word.toUpperCase(java.util.Locale.ROOT));
  }
}
