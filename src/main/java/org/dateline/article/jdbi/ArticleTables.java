package org.dateline.article.jdbi;

import org.dateline.article.ArticleRepository;
import org.dateline.article.ArticleVersionRepository;
import org.dateline.article.DirectoryRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for stories and their bylines, topics and authors, and the directory of public ones read by the
 * sitemaps and the content API; the implementations stay package-private (decision 0018).
 */
public final class ArticleTables {
  private ArticleTables() {}

  /** The {@link ArticleRepository} over {@code jdbi}. */
  public static ArticleRepository repository(Jdbi jdbi) {
    return new JdbiArticleRepository(jdbi);
  }

  /** The {@link ArticleVersionRepository} (every published version) over {@code jdbi}. */
  public static ArticleVersionRepository versions(Jdbi jdbi) {
    return new JdbiArticleVersions(jdbi);
  }

  /** The {@link DirectoryRepository} over {@code jdbi}: sitemaps' and the content API's reads. */
  public static DirectoryRepository directory(Jdbi jdbi) {
    return new JdbiDirectory(jdbi);
  }
}
