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
  /**
   * The edition a new story goes to (decision 0068), as SQL over the bound language parameter named
   * by the format argument: the edition whose code is the story's language, else the default
   * edition. A story's edition never changes after.
   */
  static final String EDITION_OF_LANGUAGE =
      "COALESCE((SELECT code FROM editions WHERE code = :%1$s),"
          + " (SELECT code FROM editions WHERE is_default = 1))";

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
