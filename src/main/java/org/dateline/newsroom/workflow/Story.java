package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;

/**
 * A story in the newsroom: its working draft, stage, version (one per save), the public article it
 * became, and who is editing it now.
 */
public record Story(
    long id,
    Optional<Long> articleId,
    Stage stage,
    int version,
    Draft draft,
    long createdBy,
    String createdByName,
    Instant createdAt,
    long updatedBy,
    Instant updatedAt,
    Optional<Instant> scheduledAt,
    Optional<Instant> embargoUntil,
    Optional<Editing> editing) {

  /** Someone has the story open in the editor since {@code since}. */
  public record Editing(long userId, String name, Instant since) {}

  /** The key under which the story's public record is published. */
  public String sourceKey() {
    return "story:" + id;
  }
}
