package org.dateline.archfixture.article.jdbi;

import org.dateline.archfixture.article.ArticleRepository;
import org.jdbi.v3.core.Jdbi;

/** The adapter's entry, as it should be (fixture, allowed). */
public final class ArticleTables {
  private ArticleTables() {}

  public static ArticleRepository repository(Jdbi jdbi) {
    return new JdbiArticleRepository(jdbi);
  }
}
