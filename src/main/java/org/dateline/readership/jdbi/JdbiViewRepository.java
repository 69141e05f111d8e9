package org.dateline.readership.jdbi;

import java.util.List;
import java.util.Map;
import org.dateline.readership.ViewRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Views per story and hour in {@code article_views}. */
final class JdbiViewRepository implements ViewRepository {
  private final Jdbi jdbi;

  JdbiViewRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(Map<HourOfStory, Long> counts) {
    jdbi.useTransaction(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO article_views(article_id, hour_start, views)
                  VALUES (:id, :hour, :n)
                  ON CONFLICT(article_id, hour_start)
                  DO UPDATE SET views = article_views.views + excluded.views
                  """);
          counts.forEach(
              (k, n) ->
                  batch.bind("id", k.articleId()).bind("hour", k.hourStart()).bind("n", n).add());
          batch.execute();
        });
  }

  @Override
  public List<Long> top(long fromHour, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT article_id FROM article_views WHERE hour_start >= :from
                    GROUP BY article_id ORDER BY SUM(views) DESC, article_id DESC LIMIT :limit
                    """)
                .bind("from", fromHour)
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
  }

  @Override
  public int forget(long beforeHour) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate("DELETE FROM article_views WHERE hour_start < :before")
                .bind("before", beforeHour)
                .execute());
  }
}
