package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.FeedFormat;
import org.dateline.ingest.Provider;
import org.dateline.ingest.ProviderRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** The providers, their state and log, in {@code providers} and {@code provider_log}. */
final class JdbiProviderRepository implements ProviderRepository {
  private static final String COLUMNS =
      """
      id, name, format, source_kind, source, interval_secs, paused, etag, last_modified,
      last_success_at, last_error_at, last_error, failures, next_poll_at, items_day, items_today,
      trusted
      """;

  private final Jdbi jdbi;

  JdbiProviderRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Provider> add(
      String name,
      FeedFormat format,
      Provider.SourceKind kind,
      String source,
      @Nullable String keyHash,
      int intervalSeconds,
      Instant at) {
    return jdbi.inTransaction(
        h -> {
          boolean taken =
              h.createQuery("SELECT COUNT(*) FROM providers WHERE name = :name")
                      .bind("name", name)
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (taken) {
            return Optional.<Provider>empty();
          }
          long id =
              h.createUpdate(
                      """
                      INSERT INTO providers(name, format, source_kind, source, key_hash,
                        interval_secs, paused, failures, next_poll_at, items_day, items_today,
                        created_at, updated_at)
                      VALUES (:name, :format, :kind, :source, :keyHash, :interval, 0, 0, 0, '', 0,
                        :at, :at)
                      """)
                  .bind("name", name)
                  .bind("format", format.word())
                  .bind("kind", kind.word())
                  .bind("source", source)
                  .bind("keyHash", keyHash)
                  .bind("interval", intervalSeconds)
                  .bind("at", at.toEpochMilli())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          return find(id);
        });
  }

  @Override
  public Optional<Provider> find(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM providers WHERE name = :name")
                .bind("name", name)
                .map(JdbiProviderRepository::provider)
                .findOne());
  }

  @Override
  public Optional<Provider> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM providers WHERE id = :id")
                .bind("id", id)
                .map(JdbiProviderRepository::provider)
                .findOne());
  }

  @Override
  public Optional<String> keyHash(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT key_hash FROM providers WHERE name = :name AND key_hash IS NOT NULL")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public List<Provider> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM providers ORDER BY name")
                .map(JdbiProviderRepository::provider)
                .list());
  }

  @Override
  public boolean setPaused(String name, boolean paused, Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        """
                        UPDATE providers SET paused = :paused, failures = 0, next_poll_at = 0,
                          updated_at = :at
                        WHERE name = :name
                        """)
                    .bind("paused", paused ? 1 : 0)
                    .bind("at", at.toEpochMilli())
                    .bind("name", name)
                    .execute())
        > 0;
  }

  @Override
  public boolean setTrusted(String name, boolean trusted, Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE providers SET trusted = :trusted, updated_at = :at WHERE name = :name")
                    .bind("trusted", trusted ? 1 : 0)
                    .bind("at", at.toEpochMilli())
                    .bind("name", name)
                    .execute())
        > 0;
  }

  @Override
  public boolean remove(String name) {
    return jdbi.withHandle(
        h -> {
          Optional<Long> id =
              h.createQuery("SELECT id FROM providers WHERE name = :name")
                  .bind("name", name)
                  .mapTo(Long.class)
                  .findOne();
          if (id.isEmpty()) {
            return false;
          }
          // Its rules go with it (their matches and the items' uses follow by ON DELETE CASCADE).
          for (String table : List.of("ingest_rules", "incoming_items", "provider_log")) {
            h.createUpdate("DELETE FROM " + table + " WHERE provider_id = :id")
                .bind("id", id.get())
                .execute();
          }
          h.createUpdate("DELETE FROM providers WHERE id = :id").bind("id", id.get()).execute();
          return true;
        });
  }

  @Override
  public void succeeded(long id, Instant at, String day, int items, Instant nextPoll) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE providers SET last_success_at = :at, failures = 0,
                      next_poll_at = :next,
                      items_today = CASE WHEN items_day = :day THEN items_today + :items
                                         ELSE :items END,
                      items_day = :day, updated_at = :at
                    WHERE id = :id
                    """)
                .bind("at", at.toEpochMilli())
                .bind("next", nextPoll.toEpochMilli())
                .bind("day", day)
                .bind("items", items)
                .bind("id", id)
                .execute());
  }

  @Override
  public void failed(long id, Instant at, String reason, Instant nextPoll, boolean counts) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE providers SET last_error_at = :at, last_error = :reason,
                      failures = failures + :count, next_poll_at = :next, updated_at = :at
                    WHERE id = :id
                    """)
                .bind("at", at.toEpochMilli())
                .bind("reason", reason)
                .bind("next", nextPoll.toEpochMilli())
                .bind("count", counts ? 1 : 0)
                .bind("id", id)
                .execute());
  }

  @Override
  public void validators(long id, String etag, String lastModified) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE providers SET etag = :etag, last_modified = :lm WHERE id = :id")
                .bind("etag", etag)
                .bind("lm", lastModified)
                .bind("id", id)
                .execute());
  }

  @Override
  public void log(long id, Instant at, String line) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO provider_log(provider_id, at, line) VALUES (:id, :at, :line)")
                .bind("id", id)
                .bind("at", at.toEpochMilli())
                .bind("line", line)
                .execute());
  }

  @Override
  public List<String> log(long id, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT line FROM provider_log WHERE provider_id = :id ORDER BY id DESC"
                        + " LIMIT :limit")
                .bind("id", id)
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
  }

  private static Provider provider(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Provider(
        rs.getLong("id"),
        rs.getString("name"),
        FeedFormat.of(rs.getString("format")).orElseThrow(),
        Provider.SourceKind.of(rs.getString("source_kind")),
        rs.getString("source"),
        rs.getInt("interval_secs"),
        rs.getInt("paused") != 0,
        instant(rs, "last_success_at"),
        instant(rs, "last_error_at"),
        rs.getString("last_error") == null ? "" : rs.getString("last_error"),
        rs.getInt("failures"),
        Instant.ofEpochMilli(rs.getLong("next_poll_at")),
        rs.getString("items_day"),
        rs.getInt("items_today"),
        rs.getString("etag") == null ? "" : rs.getString("etag"),
        rs.getString("last_modified") == null ? "" : rs.getString("last_modified"),
        rs.getInt("trusted") != 0);
  }

  static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
