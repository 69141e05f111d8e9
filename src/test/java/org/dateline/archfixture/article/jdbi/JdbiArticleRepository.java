package org.dateline.archfixture.article.jdbi;

import java.util.Optional;
import org.dateline.archfixture.article.Article;
import org.dateline.archfixture.article.ArticleRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Breaks "adapters are package-private": public, with a public constructor. Its join of {@code
 * sections} is allowed: section declares that read model for article.
 */
public final class JdbiArticleRepository implements ArticleRepository {
  private final Jdbi jdbi;

  public JdbiArticleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Article> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT a.id, a.headline, s.name FROM articles a"
                        + " LEFT JOIN sections s ON s.id = a.section_id WHERE a.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Article(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .findOne());
  }

  @Override
  public void delete(long id) {
    jdbi.useHandle(
        h -> h.createUpdate("DELETE FROM articles WHERE id = :id").bind("id", id).execute());
  }

  public void add(String headline, String tag) {
    jdbi.useHandle(
        h -> {
          h.createUpdate("INSERT INTO articles(headline) VALUES (:headline)")
              .bind("headline", headline)
              .execute();
          h.createUpdate("INSERT INTO tags(name) VALUES (:tag)").bind("tag", tag).execute();
        });
  }
}
