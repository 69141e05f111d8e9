package org.dateline.article.jdbi;

import org.dateline.article.ArticleRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for stories and their bylines, topics and authors; the implementation stays package-private
 * (decision 0018).
 */
public final class ArticleTables {
  private ArticleTables() {}

  /** The {@link ArticleRepository} over {@code jdbi}. */
  public static ArticleRepository repository(Jdbi jdbi) {
    return new JdbiArticleRepository(jdbi);
  }
}
