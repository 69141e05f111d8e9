package org.dateline.newsroom.workflow;

import java.util.Optional;

/**
 * What the desk lists: a stage, optionally a section, an author (user id), headline words and an
 * edition (its code; decision 0079).
 */
public record DeskQuery(
    Stage stage,
    Optional<String> section,
    Optional<Long> authorId,
    Optional<String> headline,
    Optional<String> edition) {

  /** Of every edition. */
  public DeskQuery(
      Stage stage, Optional<String> section, Optional<Long> authorId, Optional<String> headline) {
    this(stage, section, authorId, headline, Optional.empty());
  }

  /** The same tab of one owner's stories only: what a reporter sees. */
  public DeskQuery forOwner(long ownerId) {
    return new DeskQuery(stage, section, Optional.of(ownerId), headline, edition);
  }
}
