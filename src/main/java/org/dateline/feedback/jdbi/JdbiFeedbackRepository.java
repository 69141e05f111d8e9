package org.dateline.feedback.jdbi;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.feedback.Feedback;
import org.dateline.feedback.FeedbackRepository;
import org.dateline.storage.IntervalCounts;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** Feedback in the {@code feedback} table; the salt among the {@link Settings}. */
final class JdbiFeedbackRepository implements FeedbackRepository {
  private static final RowMapper<Feedback> ROW =
      (rs, ctx) ->
          new Feedback(
              rs.getLong("id"),
              rs.getLong("article_id"),
              rs.getString("message"),
              rs.getString("client_hash"),
              Instant.ofEpochMilli(rs.getLong("received_at")),
              rs.getString("state"));
  private static final String SALT = "feedback.salt";
  private final Jdbi jdbi;

  JdbiFeedbackRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long insert(long articleId, String message, String clientHash, Instant receivedAt) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO feedback(article_id, message, client_hash, received_at, state)
                    VALUES (:a, :m, :c, :at, 'new')
                    """)
                .bind("a", articleId)
                .bind("m", message)
                .bind("c", clientHash)
                .bind("at", receivedAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Checked insertWithinLimit(
      long articleId,
      String message,
      String clientHash,
      Instant receivedAt,
      Instant windowStart,
      int max) {
    return jdbi.inTransaction(
        h -> {
          // Holds the client's row until commit: a concurrent submission of this client (on any
          // node) waits here, then sees this one's message in the checks below.
          h.createUpdate(
                  """
                  INSERT INTO feedback_clients(client_hash, last_at) VALUES (:c, :at)
                  ON CONFLICT (client_hash) DO UPDATE SET last_at = excluded.last_at
                  """)
              .bind("c", clientHash)
              .bind("at", receivedAt.toEpochMilli())
              .execute();
          Optional<Feedback> latest =
              h.createQuery(
                      "SELECT * FROM feedback WHERE client_hash = :c ORDER BY id DESC LIMIT 1")
                  .bind("c", clientHash)
                  .map(ROW)
                  .findOne();
          if (latest.isPresent()
              && latest.get().articleId() == articleId
              && latest.get().message().equals(message)) {
            return new Checked(true, Optional.empty());
          }
          List<Long> recent =
              h.createQuery(
                      """
                      SELECT received_at FROM feedback
                      WHERE client_hash = :c AND received_at > :since
                      ORDER BY id DESC LIMIT :max
                      """)
                  .bind("c", clientHash)
                  .bind("since", windowStart.toEpochMilli())
                  .bind("max", max)
                  .mapTo(Long.class)
                  .list();
          if (recent.size() >= max) {
            long oldest = recent.stream().mapToLong(Long::longValue).min().orElseThrow();
            return new Checked(false, Optional.of(Instant.ofEpochMilli(oldest)));
          }
          h.createUpdate(
                  """
                  INSERT INTO feedback(article_id, message, client_hash, received_at, state)
                  VALUES (:a, :m, :c, :at, 'new')
                  """)
              .bind("a", articleId)
              .bind("m", message)
              .bind("c", clientHash)
              .bind("at", receivedAt.toEpochMilli())
              .execute();
          return new Checked(false, Optional.empty());
        });
  }

  @Override
  public Optional<Feedback> latestFrom(String clientHash) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM feedback WHERE client_hash = :c ORDER BY id DESC LIMIT 1")
                .bind("c", clientHash)
                .map(ROW)
                .findOne());
  }

  @Override
  public List<Feedback> newest(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM feedback ORDER BY id DESC LIMIT :l")
                .bind("l", limit)
                .map(ROW)
                .list());
  }

  @Override
  public long countNew() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM feedback WHERE state = 'new'")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<Feedback> list(
      Optional<String> state, Optional<Long> articleId, Optional<Long> beforeId, int limit) {
    // Keyset paging by id (ids grow with arrival): feedback_state and feedback_article serve it.
    StringBuilder sql = new StringBuilder("SELECT * FROM feedback WHERE 1 = 1");
    state.ifPresent(s -> sql.append(" AND state = :state"));
    articleId.ifPresent(a -> sql.append(" AND article_id = :article"));
    beforeId.ifPresent(b -> sql.append(" AND id < :before"));
    sql.append(" ORDER BY id DESC LIMIT :limit");
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql.toString()).bind("limit", limit);
          state.ifPresent(s -> q.bind("state", s));
          articleId.ifPresent(a -> q.bind("article", a));
          beforeId.ifPresent(b -> q.bind("before", b));
          return q.map(ROW).list();
        });
  }

  @Override
  public boolean setState(long id, String state) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate("UPDATE feedback SET state = :s WHERE id = :id")
                    .bind("s", state)
                    .bind("id", id)
                    .execute()
                > 0);
  }

  @Override
  public Map<String, Long> countsByState() {
    return jdbi.withHandle(
        h -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          h.createQuery("SELECT state, COUNT(*) AS n FROM feedback GROUP BY state")
              .map((rs, ctx) -> Map.entry(rs.getString("state"), rs.getLong("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }

  @Override
  public List<Long> countsBetween(List<Instant> bounds) {
    String sql =
        "SELECT "
            + IntervalCounts.columns("received_at", bounds)
            + " FROM feedback WHERE "
            + IntervalCounts.window("received_at", bounds);
    return jdbi.withHandle(
        h ->
            IntervalCounts.bind(h.createQuery(sql), bounds)
                .map((rs, ctx) -> IntervalCounts.read(rs, bounds))
                .one());
  }

  @Override
  public String salt() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String proposed = HexFormat.of().formatHex(bytes);
    return jdbi.inTransaction(
        h -> Settings.get(h, SALT).orElseGet(() -> Settings.putIfAbsent(h, SALT, proposed)));
  }
}
