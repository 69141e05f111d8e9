package org.dateline.archfixture.feedback.jdbi;

import org.dateline.archfixture.feedback.FeedbackRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Breaks "a feature's SQL names only its own tables": reads {@code articles} (no read model
 * declared) and writes {@code tags} (which article writes too).
 */
final class JdbiFeedbackRepository implements FeedbackRepository {
  private final Jdbi jdbi;

  JdbiFeedbackRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(long articleId, String message) {
    jdbi.useHandle(
        h -> {
          h.createUpdate("INSERT INTO feedback(article_id, message) VALUES (:a, :m)")
              .bind("a", articleId)
              .bind("m", message)
              .execute();
          h.createUpdate("INSERT INTO tags(name) VALUES ('feedback')").execute();
        });
  }

  @Override
  public boolean isPublic(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT state FROM articles WHERE id = :id")
                .bind("id", articleId)
                .mapTo(String.class)
                .findOne()
                .map("published"::equals)
                .orElse(false));
  }
}
