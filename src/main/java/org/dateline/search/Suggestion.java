package org.dateline.search;

/**
 * One as-you-type suggestion: a story's headline (with its id and slug), a topic or a person (the
 * name, id 0). {@code kind} tells which.
 */
public record Suggestion(Kind kind, String label, long articleId, String slug) {
  /** What the suggestion names. */
  public enum Kind {
    STORY,
    TOPIC,
    PERSON
  }
}
