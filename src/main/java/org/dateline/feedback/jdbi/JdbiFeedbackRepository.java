package org.dateline.feedback.jdbi;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dateline.feedback.Feedback;
import org.dateline.feedback.FeedbackRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Feedback in the {@code feedback} table; the salt in {@code settings}. */
public final class JdbiFeedbackRepository implements FeedbackRepository {
  private static final RowMapper<Feedback> ROW =
      (rs, ctx) ->
          new Feedback(
              rs.getLong("id"),
              rs.getLong("article_id"),
              rs.getString("message"),
              rs.getString("client_hash"),
              Instant.ofEpochMilli(rs.getLong("received_at")),
              rs.getString("state"));
  private final Jdbi jdbi;

  public JdbiFeedbackRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long insert(long articleId, String message, String clientHash, Instant receivedAt) {
    return jdbi.withHandle(
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
        h -> h.createQuery("SELECT * FROM feedback ORDER BY id DESC LIMIT :l").bind("l", limit).map(ROW).list());
  }

  @Override
  public boolean exists(long id) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM feedback WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0);
  }

  @Override
  public long countNew() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM feedback WHERE state = 'new'").mapTo(Long.class).one());
  }

  @Override
  public String salt() {
    return jdbi.inTransaction(
        h -> {
          Optional<String> existing =
              h.createQuery("SELECT value FROM settings WHERE name = 'feedback.salt'").mapTo(String.class).findOne();
          if (existing.isPresent()) {
            return existing.get();
          }
          byte[] bytes = new byte[32];
          new SecureRandom().nextBytes(bytes);
          String salt = HexFormat.of().formatHex(bytes);
          h.createUpdate("INSERT INTO settings(name, value) VALUES ('feedback.salt', :v)").bind("v", salt).execute();
          return salt;
        });
  }
}
