package org.dateline.archfixture;

import org.dateline.archfixture.article.ArticleRepository;
import org.dateline.archfixture.article.jdbi.ArticleTables;

/** A builder of the composition root (fixture, allowed): wires an adapter's port. */
final class StoreParts {
  private StoreParts() {}

  static Object articles() {
    ArticleRepository repository = ArticleTables.repository(null);
    return repository;
  }
}
