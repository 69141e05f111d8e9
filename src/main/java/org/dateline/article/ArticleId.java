package org.dateline.article;

/** The stable identity of a story; it is part of the story's URL. */
public record ArticleId(long value) {
  public ArticleId {
    if (value <= 0) {
      throw new IllegalArgumentException("article id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
