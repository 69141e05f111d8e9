package org.dateline.article;

/** No story has this id. */
public final class ArticleNotFound extends RuntimeException {
  public ArticleNotFound(ArticleId id) {
    super("no story with id " + id);
  }
}
