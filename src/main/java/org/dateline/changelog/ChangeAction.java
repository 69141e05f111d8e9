package org.dateline.changelog;

/** What happened to a story, as downstream consumers (caches, feeds, the wire) need to know. */
public enum ChangeAction {
  PUBLISHED,
  UPDATED,
  KILLED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
