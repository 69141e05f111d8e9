package org.dateline.newsroom.workflow;

import java.util.Optional;

/**
 * What the desk's Published tab ({@code publishedOnly}) or All tab lists: optionally of one section
 * (a story's section by name, a public story's by id), one author (then only newsroom stories) and
 * one edition (its code; decision 0079), after a cursor.
 */
public record LiveQuery(
    boolean publishedOnly,
    Optional<String> section,
    Optional<Long> sectionId,
    Optional<Long> authorId,
    Optional<DeskCursor> after,
    Optional<String> edition) {

  /** Of every edition. */
  public LiveQuery(
      boolean publishedOnly,
      Optional<String> section,
      Optional<Long> sectionId,
      Optional<Long> authorId,
      Optional<DeskCursor> after) {
    this(publishedOnly, section, sectionId, authorId, after, Optional.empty());
  }

  /** The same list of one owner's stories only: what a reporter sees (only newsroom stories). */
  public LiveQuery forOwner(long ownerId) {
    return new LiveQuery(publishedOnly, section, sectionId, Optional.of(ownerId), after, edition);
  }
}
