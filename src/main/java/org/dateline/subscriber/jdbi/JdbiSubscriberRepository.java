package org.dateline.subscriber.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.storage.Counters;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberRepository;
import org.dateline.subscriber.SubscriberState;
import org.dateline.subscriber.Usage;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Subscribers in {@code subscribers}, their usage in {@code subscriber_usage}. Lists are stored
 * space-separated. Every change bumps the {@value #VERSION} counter so other processes notice.
 */
final class JdbiSubscriberRepository implements SubscriberRepository {
  static final String VERSION = "subscribers.version";
  private static final String COLUMNS =
      "id, name, contact, section_slugs, edition_codes, formats, webhook_url, state, paused_reason,"
          + " rate_per_sec, key_prefix, key_hash, key_generation, start_seq, created_at";

  private final Jdbi jdbi;

  JdbiSubscriberRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long insert(
      SubscriberForm f, String keyPrefix, String keyHash, long startSeq, Instant at) {
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      """
                      INSERT INTO subscribers(name, contact, section_slugs, edition_codes, formats,
                        webhook_url, state, rate_per_sec, key_prefix, key_hash, key_generation,
                        start_seq, created_at, updated_at)
                      VALUES (:name, :contact, :sectionSlugs, :editionCodes, :formats, :webhook,
                        'active', :rate, :prefix, :hash, 1, :start, :at, :at)
                      """)
                  .bind("name", f.name())
                  .bind("contact", f.contact())
                  .bind("sectionSlugs", String.join(" ", f.sections()))
                  .bind("editionCodes", String.join(" ", f.editions()))
                  .bind("formats", String.join(" ", f.formats()))
                  .bind("webhook", f.webhookUrl().orElse(null))
                  .bind("rate", f.ratePerSecond())
                  .bind("prefix", keyPrefix)
                  .bind("hash", keyHash)
                  .bind("start", startSeq)
                  .bind("at", at.toEpochMilli())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          Counters.bump(h, VERSION);
          return id;
        });
  }

  @Override
  public void update(long id, SubscriberForm f, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  """
                  UPDATE subscribers SET name = :name, contact = :contact, section_slugs = :sectionSlugs,
                    edition_codes = :editionCodes, formats = :formats, webhook_url = :webhook,
                    rate_per_sec = :rate, updated_at = :at
                  WHERE id = :id
                  """)
              .bind("name", f.name())
              .bind("contact", f.contact())
              .bind("sectionSlugs", String.join(" ", f.sections()))
              .bind("editionCodes", String.join(" ", f.editions()))
              .bind("formats", String.join(" ", f.formats()))
              .bind("webhook", f.webhookUrl().orElse(null))
              .bind("rate", f.ratePerSecond())
              .bind("at", at.toEpochMilli())
              .bind("id", id)
              .execute();
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public void setState(long id, SubscriberState state, Optional<String> reason, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE subscribers SET state = :state, paused_reason = :reason,"
                      + " updated_at = :at WHERE id = :id")
              .bind("state", state.code())
              .bind("reason", reason.orElse(null))
              .bind("at", at.toEpochMilli())
              .bind("id", id)
              .execute();
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public void setKey(long id, String keyPrefix, String keyHash, int generation, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  """
                  UPDATE subscribers SET key_prefix = :prefix, key_hash = :hash,
                    key_generation = :generation, state = 'active', paused_reason = NULL,
                    updated_at = :at
                  WHERE id = :id
                  """)
              .bind("prefix", keyPrefix)
              .bind("hash", keyHash)
              .bind("generation", generation)
              .bind("at", at.toEpochMilli())
              .bind("id", id)
              .execute();
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public Optional<Subscriber> byId(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  @Override
  public Optional<Subscriber> byName(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  @Override
  public List<Subscriber> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM subscribers ORDER BY name, id")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  @Override
  public Map<String, Subscriber> byKeyHash() {
    Map<String, Subscriber> out = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM subscribers WHERE state <> 'revoked'")
                .map((rs, ctx) -> Map.entry(rs.getString("key_hash"), row(rs)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  @Override
  public void addUsage(Map<Long, Map<LocalDate, Long>> counts) {
    jdbi.useTransaction(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO subscriber_usage(subscriber_id, day, requests)
                  VALUES (:id, :day, :n)
                  ON CONFLICT(subscriber_id, day)
                  DO UPDATE SET requests = subscriber_usage.requests + excluded.requests
                  """);
          counts.forEach(
              (id, days) ->
                  days.forEach(
                      (day, n) ->
                          batch.bind("id", id).bind("day", day.toString()).bind("n", n).add()));
          batch.execute();
        });
  }

  @Override
  public List<Usage> usage(long id, LocalDate from) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT day, requests FROM subscriber_usage"
                        + " WHERE subscriber_id = :id AND day >= :from ORDER BY day DESC")
                .bind("id", id)
                .bind("from", from.toString())
                .map((rs, ctx) -> new Usage(LocalDate.parse(rs.getString(1)), rs.getLong(2)))
                .list());
  }

  @Override
  public Optional<String> installationKey(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT value FROM installation_keys WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public void offerInstallationKey(String name, String value) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO installation_keys(name, value) VALUES (:name, :value)"
                        + " ON CONFLICT (name) DO NOTHING")
                .bind("name", name)
                .bind("value", value)
                .execute());
  }

  @Override
  public long version() {
    return jdbi.withHandle(h -> Counters.read(h, VERSION));
  }

  private static Subscriber row(ResultSet rs) throws SQLException {
    return new Subscriber(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("contact"),
        words(rs.getString("section_slugs")),
        words(rs.getString("edition_codes")),
        words(rs.getString("formats")),
        Optional.ofNullable(rs.getString("webhook_url")),
        SubscriberState.ofCode(rs.getString("state")),
        Optional.ofNullable(rs.getString("paused_reason")),
        rs.getInt("rate_per_sec"),
        rs.getString("key_prefix"),
        rs.getInt("key_generation"),
        rs.getLong("start_seq"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  private static List<String> words(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.asList(column.trim().split(" +"));
  }
}
