package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;

/**
 * A story in the newsroom: its working draft, stage, version (one per save), the public article it
 * became, and who is editing it now; the edition it belongs to (its code, which is its language;
 * decisions 0068, 0079) and, for a story that has translations or is one, its translation group and
 * the story it was translated from (decision 0076).
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
    Optional<Editing> editing,
    String edition,
    Optional<String> translationGroup,
    Optional<Long> translatedFrom) {

  /** Someone has the story open in the editor since {@code since}. */
  public record Editing(long userId, String name, Instant since) {}

  /** The key under which the story's public record is published. */
  public String sourceKey() {
    return "story:" + id;
  }
}
