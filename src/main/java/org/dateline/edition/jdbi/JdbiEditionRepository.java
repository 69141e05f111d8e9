package org.dateline.edition.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.edition.DatelineStyle;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionChange;
import org.dateline.edition.EditionRepository;
import org.dateline.storage.Counters;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The editions in {@code editions} (decision 0068); the site-wide settings among the {@link
 * Settings} under {@code edition.}; their changes in {@code edition_changes}, numbered per edition,
 * and the version every node's page cache follows in the counter {@code editions.version} (decision
 * 0079). Portable SQL.
 */
final class JdbiEditionRepository implements EditionRepository {
  static final String VERSION = "editions.version";

  private final Jdbi jdbi;

  JdbiEditionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Edition> all() {
    return jdbi.withHandle(
        h -> {
          Map<String, String> site = Settings.startingWith(h, "edition.");
          String siteName = site.getOrDefault("edition.site_name", Edition.DEFAULT.siteName());
          Edition.FeedText feed =
              Edition.FeedText.of(site.getOrDefault("edition.feed_text", "summary"));
          return h.createQuery(
                  """
                  SELECT code, name, prefix, host, zone, date_pattern, dateline_style, direction,
                         position, is_default
                  FROM editions ORDER BY position, code
                  """)
              .map((rs, ctx) -> edition(rs, siteName, feed))
              .list();
        });
  }

  private static Edition edition(ResultSet rs, String siteName, Edition.FeedText feed)
      throws SQLException {
    return new Edition(
        siteName,
        rs.getString("code"),
        ZoneId.of(rs.getString("zone")),
        rs.getString("date_pattern"),
        feed,
        rs.getString("name"),
        rs.getString("prefix"),
        Optional.ofNullable(rs.getString("host")),
        new DatelineStyle(rs.getString("dateline_style")),
        Edition.Direction.of(rs.getString("direction")),
        rs.getInt("position"),
        rs.getInt("is_default") == 1);
  }

  @Override
  public void saveSite(Edition e) {
    jdbi.useTransaction(
        h -> {
          Settings.put(h, "edition.site_name", e.siteName());
          Settings.put(h, "edition.feed_text", e.feedText().label());
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public void add(Edition e, EditionChange change) {
    jdbi.useTransaction(
        h -> {
          clearDefault(h, e);
          bind(
                  h.createUpdate(
                      """
                      INSERT INTO editions (code, name, prefix, host, zone, date_pattern,
                        dateline_style, direction, position, is_default)
                      VALUES (:code, :name, :prefix, :host, :zone, :date_pattern, :dateline_style,
                        :direction, :position, :is_default)
                      """),
                  e)
              .execute();
          record(h, change);
        });
  }

  @Override
  public void update(Edition e, EditionChange change) {
    jdbi.useTransaction(
        h -> {
          clearDefault(h, e);
          bind(
                  h.createUpdate(
                      """
                      UPDATE editions SET name = :name, prefix = :prefix, host = :host,
                        zone = :zone, date_pattern = :date_pattern,
                        dateline_style = :dateline_style, direction = :direction,
                        position = :position, is_default = :is_default
                      WHERE code = :code
                      """),
                  e)
              .execute();
          record(h, change);
        });
  }

  /**
   * Records a change, numbered after the edition's last one. The edition's row was written first in
   * this transaction, so two changes of one edition take their numbers one after the other.
   */
  private static void record(Handle h, EditionChange c) {
    h.createUpdate(
            """
            INSERT INTO edition_changes (edition, n, changed_by, changed_at, what)
            VALUES (:edition,
              (SELECT COALESCE(MAX(n), 0) + 1 FROM edition_changes WHERE edition = :edition),
              :by, :at, :what)
            """)
        .bind("edition", c.code())
        .bind("by", c.by())
        .bind("at", c.at().toEpochMilli())
        .bind("what", c.what())
        .execute();
    Counters.bump(h, VERSION);
  }

  @Override
  public List<EditionChange> changes(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT edition, n, changed_by, changed_at, what FROM edition_changes
                    ORDER BY changed_at DESC, edition, n DESC LIMIT :limit
                    """)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new EditionChange(
                            rs.getString("edition"),
                            rs.getInt("n"),
                            rs.getString("changed_by"),
                            Instant.ofEpochMilli(rs.getLong("changed_at")),
                            rs.getString("what")))
                .list());
  }

  @Override
  public long version() {
    return jdbi.withHandle(h -> Counters.read(h, VERSION));
  }

  /** One default at a time: a new default takes the place of the old one. */
  private static void clearDefault(Handle h, Edition e) {
    if (e.isDefault()) {
      h.createUpdate("UPDATE editions SET is_default = 0 WHERE code <> :code")
          .bind("code", e.code())
          .execute();
    }
  }

  private static Update bind(Update u, Edition e) {
    return u.bind("code", e.code())
        .bind("name", e.name())
        .bind("prefix", e.prefix())
        .bind("host", e.host().orElse(null))
        .bind("zone", e.zone().getId())
        .bind("date_pattern", e.datePattern())
        .bind("dateline_style", e.datelineStyle().pattern())
        .bind("direction", e.direction().label())
        .bind("position", e.position())
        .bind("is_default", e.isDefault() ? 1 : 0);
  }
}
