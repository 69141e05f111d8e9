package org.dateline.delivery.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.changelog.ChangeAction;
import org.dateline.delivery.Delivery;
import org.dateline.delivery.DeliveryRepository;
import org.dateline.delivery.DeliveryState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The outbox in {@code deliveries}, fill marks and failure runs in {@code delivery_cursors}. */
final class JdbiDeliveryRepository implements DeliveryRepository {
  private final Jdbi jdbi;

  JdbiDeliveryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Long> enqueuedUpTo(long subscriberId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT enqueued_seq FROM delivery_cursors WHERE subscriber_id = :id")
                .bind("id", subscriberId)
                .mapTo(Long.class)
                .findOne());
  }

  @Override
  public void enqueue(Map<Long, Fill> fills, Instant at) {
    jdbi.useTransaction(
        h -> {
          PreparedBatch insert =
              h.prepareBatch(
                  """
                  INSERT INTO deliveries(subscriber_id, seq, article_id, version, action, event_at,
                    state, attempts, next_attempt_at)
                  VALUES (:sub, :seq, :story, :version, :action, :eventAt, 'pending', 0, :at)
                  ON CONFLICT(subscriber_id, seq) DO NOTHING
                  """);
          int rows = 0;
          for (Map.Entry<Long, Fill> f : fills.entrySet()) {
            for (NewDelivery d : f.getValue().deliveries()) {
              insert
                  .bind("sub", f.getKey())
                  .bind("seq", d.seq())
                  .bind("story", d.storyId())
                  .bind("version", d.version())
                  .bind("action", d.action())
                  .bind("eventAt", d.eventAt().toEpochMilli())
                  .bind("at", at.toEpochMilli())
                  .add();
              rows++;
            }
          }
          if (rows > 0) {
            insert.execute();
          }
          PreparedBatch marks =
              h.prepareBatch(
                  """
                  INSERT INTO delivery_cursors(subscriber_id, enqueued_seq, failure_run)
                  VALUES (:sub, :upTo, 0)
                  ON CONFLICT(subscriber_id) DO UPDATE SET enqueued_seq = excluded.enqueued_seq
                  """);
          fills.forEach((sub, f) -> marks.bind("sub", sub).bind("upTo", f.upTo()).add());
          if (!fills.isEmpty()) {
            marks.execute();
          }
        });
  }

  @Override
  public List<Delivery> due(
      Instant now, Collection<Long> subscriberIds, int perSubscriber, int limit) {
    if (subscriberIds.isEmpty()) {
      return List.of();
    }
    // A paused or revoked subscriber's backlog is not selected at all, and a subscriber with a long
    // backlog contributes only its first rows: neither can fill the batch and starve the others.
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM (
                      SELECT d.*, ROW_NUMBER() OVER (
                        PARTITION BY d.subscriber_id ORDER BY d.seq) AS nth
                      FROM deliveries d
                      WHERE d.state = 'pending' AND d.next_attempt_at <= :now
                        AND d.subscriber_id IN (<receiving>)
                        AND NOT EXISTS (SELECT 1 FROM deliveries e
                          WHERE e.subscriber_id = d.subscriber_id AND e.article_id = d.article_id
                            AND e.state = 'pending' AND e.seq < d.seq)
                    ) firsts
                    WHERE nth <= :perSubscriber
                    ORDER BY seq LIMIT :limit
                    """)
                .bind("now", now.toEpochMilli())
                .bindList("receiving", List.copyOf(subscriberIds))
                .bind("perSubscriber", perSubscriber)
                .bind("limit", limit)
                .map((rs, ctx) -> row(rs))
                .list());
  }

  @Override
  public Optional<Instant> nextDue(Collection<Long> subscriberIds) {
    if (subscriberIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT MIN(next_attempt_at) FROM deliveries WHERE state = 'pending'"
                        + " AND subscriber_id IN (<receiving>)")
                .bindList("receiving", List.copyOf(subscriberIds))
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
  }

  @Override
  public List<Delivery> claim(List<Delivery> deliveries, Instant now, Instant until) {
    return DeliveryClaims.claim(jdbi, deliveries, now, until);
  }

  @Override
  public void record(Collection<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          for (Outcome o : outcomes) {
            h.createUpdate(
                    """
                    UPDATE deliveries SET state = :state, attempts = attempts + 1,
                      last_status = :status, last_error = :error, last_attempt_at = :at,
                      next_attempt_at = :next,
                      delivered_at = CASE WHEN :delivered THEN :at ELSE delivered_at END
                    WHERE subscriber_id = :sub AND seq = :seq AND round = :round
                    """)
                .bind("round", o.round())
                .bind("state", o.state().code())
                .bind("status", o.status().orElse(null))
                .bind("error", o.error().orElse(null))
                .bind("at", o.attemptedAt().toEpochMilli())
                .bind("next", o.nextAttemptAt().toEpochMilli())
                .bind("delivered", o.state() == DeliveryState.DELIVERED)
                .bind("sub", o.subscriberId())
                .bind("seq", o.seq())
                .execute();
            h.createUpdate(
                    o.state() == DeliveryState.DELIVERED
                        ? "UPDATE delivery_cursors SET failure_run = 0 WHERE subscriber_id = :sub"
                        : "UPDATE delivery_cursors SET failure_run = failure_run + 1"
                            + " WHERE subscriber_id = :sub")
                .bind("sub", o.subscriberId())
                .execute();
          }
        });
  }

  @Override
  public Map<Long, Integer> failureRuns() {
    Map<Long, Integer> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT subscriber_id, failure_run FROM delivery_cursors")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Override
  public void resetFailureRun(long subscriberId) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE delivery_cursors SET failure_run = 0 WHERE subscriber_id = :id")
                .bind("id", subscriberId)
                .execute());
  }

  @Override
  public List<Delivery> log(long subscriberId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM deliveries WHERE subscriber_id = :id"
                        + " ORDER BY seq DESC LIMIT :limit")
                .bind("id", subscriberId)
                .bind("limit", limit)
                .map((rs, ctx) -> row(rs))
                .list());
  }

  @Override
  public Map<DeliveryState, Long> counts(long subscriberId) {
    Map<DeliveryState, Long> out = new EnumMap<>(DeliveryState.class);
    for (DeliveryState s : DeliveryState.values()) {
      out.put(s, 0L);
    }
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT state, COUNT(*) FROM deliveries WHERE subscriber_id = :id"
                        + " GROUP BY state")
                .bind("id", subscriberId)
                .map((rs, ctx) -> Map.entry(DeliveryState.ofCode(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Override
  public boolean redeliver(long subscriberId, long seq, Instant now) {
    return jdbi.withHandle(
        h ->
            again(h, "subscriber_id = :sub AND seq = :seq", now)
                    .bind("sub", subscriberId)
                    .bind("seq", seq)
                    .execute()
                > 0);
  }

  @Override
  public int redeliverSince(long subscriberId, Instant since, Instant now) {
    return jdbi.withHandle(
        h ->
            again(h, "subscriber_id = :sub AND event_at >= :since", now)
                .bind("sub", subscriberId)
                .bind("since", since.toEpochMilli())
                .execute());
  }

  private static org.jdbi.v3.core.statement.Update again(Handle h, String where, Instant now) {
    return h.createUpdate(
            "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = :now,"
                + " round = round + 1"
                + " WHERE "
                + where)
        .bind("now", now.toEpochMilli());
  }

  private static Delivery row(ResultSet rs) throws SQLException {
    int status = rs.getInt("last_status");
    boolean noStatus = rs.wasNull();
    long lastAttempt = rs.getLong("last_attempt_at");
    boolean noAttempt = rs.wasNull();
    long delivered = rs.getLong("delivered_at");
    boolean notDelivered = rs.wasNull();
    return new Delivery(
        rs.getLong("subscriber_id"),
        rs.getLong("seq"),
        rs.getLong("article_id"),
        rs.getInt("version"),
        ChangeAction.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
        Instant.ofEpochMilli(rs.getLong("event_at")),
        DeliveryState.ofCode(rs.getString("state")),
        rs.getInt("attempts"),
        Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
        noStatus ? Optional.empty() : Optional.of(status),
        Optional.ofNullable(rs.getString("last_error")),
        noAttempt ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastAttempt)),
        notDelivered ? Optional.empty() : Optional.of(Instant.ofEpochMilli(delivered)),
        rs.getInt("round"));
  }
}
