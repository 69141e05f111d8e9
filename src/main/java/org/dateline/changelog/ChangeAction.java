package org.dateline.changelog;

/** What happened to a story, as downstream consumers (caches, feeds, the wire) need to know. */
public enum ChangeAction {
  PUBLISHED,
  /** Delivered to subscribers under embargo; not public yet. */
  EMBARGOED,
  UPDATED,
  /** A new version with a visible correction note. */
  CORRECTED,
  KILLED,
  /** An embargo ended: the story became public (caches treat it like a publish). */
  LIFTED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
