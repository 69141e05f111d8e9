package org.dateline.archfixture.article;

import java.util.Optional;

/** The article facade: the one class allowed to use the port (fixture, allowed). */
public final class Articles {
  private final ArticleRepository repository;

  public Articles(ArticleRepository repository) {
    this.repository = repository;
  }

  public Optional<Article> find(long id) {
    return repository.find(id);
  }
}
