package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.ingest.DeskFilter;
import org.dateline.ingest.DeskItem;
import org.dateline.ingest.IncomingState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The incoming desk's reads: an item's state on the desk is counted here, once — killed, else
 * published or taken by its uses, else expired by its age, else as stored.
 */
final class DeskQueries {
  private DeskQueries() {}

  private static final String ROWS =
      """
      SELECT * FROM (
        SELECT i.id, p.name AS provider, i.guid, i.version, i.version_at, i.headline, i.urgency,
          i.language, i.edition, i.notice, i.updated_at, i.provider_id, i.item_json,
          CASE
            WHEN i.state = 'killed' THEN 'killed'
            WHEN EXISTS (SELECT 1 FROM incoming_uses u WHERE u.item_id = i.id
                         AND u.kind = 'published') THEN 'published'
            WHEN EXISTS (SELECT 1 FROM incoming_uses u WHERE u.item_id = i.id) THEN 'taken'
            WHEN i.updated_at < :expiredBefore THEN 'expired'
            ELSE i.state
          END AS desk_state
        FROM incoming_items i JOIN providers p ON p.id = i.provider_id
      ) d
      """;

  static List<DeskItem> desk(Jdbi jdbi, DeskFilter filter, long expiredBefore, int limit) {
    StringBuilder sql = new StringBuilder(ROWS).append(" WHERE 1 = 1");
    filter.provider().ifPresent(p -> sql.append(" AND d.provider = :provider"));
    if (filter.maxUrgency() > 0) {
      sql.append(" AND d.urgency >= 1 AND d.urgency <= :urgency");
    }
    if (filter.state().isPresent()) {
      sql.append(" AND d.desk_state = :state");
    } else {
      sql.append(" AND d.desk_state <> 'expired'");
    }
    if (!filter.edition().isEmpty()) {
      sql.append(" AND d.edition = :edition");
    }
    if (!filter.words().isEmpty()) {
      sql.append(
          " AND (LOWER(d.headline) LIKE :words ESCAPE '!' OR LOWER(d.item_json) LIKE :words"
              + " ESCAPE '!')");
    }
    sql.append(" ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit");
    return jdbi.withHandle(
        h -> {
          Query q =
              h.createQuery(sql.toString())
                  .bind("expiredBefore", expiredBefore)
                  .bind("limit", limit);
          filter.provider().ifPresent(p -> q.bind("provider", p));
          if (filter.maxUrgency() > 0) {
            q.bind("urgency", filter.maxUrgency());
          }
          filter.state().ifPresent(s -> q.bind("state", s.word()));
          if (!filter.edition().isEmpty()) {
            q.bind("edition", filter.edition());
          }
          if (!filter.words().isEmpty()) {
            q.bind("words", like(filter.words()));
          }
          return q.map(DeskQueries::item).list();
        });
  }

  static Optional<DeskItem> one(Jdbi jdbi, long id, long expiredBefore) {
    return jdbi.withHandle(
        h ->
            h.createQuery(ROWS + " WHERE d.id = :id")
                .bind("id", id)
                .bind("expiredBefore", expiredBefore)
                .map(DeskQueries::item)
                .findOne());
  }

  static List<DeskItem> killedAfterUse(Jdbi jdbi, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    ROWS
                        + " WHERE d.desk_state = 'killed' AND EXISTS (SELECT 1 FROM incoming_uses"
                        + " u WHERE u.item_id = d.id) ORDER BY d.updated_at DESC, d.id DESC"
                        + " LIMIT :limit")
                .bind("expiredBefore", 0L)
                .bind("limit", limit)
                .map(DeskQueries::item)
                .list());
  }

  /** A LIKE pattern for the words, lower-cased, with the wildcards escaped by {@code !}. */
  private static String like(String words) {
    String w = words.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%");
    return "%" + w.replace("_", "!_") + "%";
  }

  private static DeskItem item(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DeskItem(
        rs.getLong("id"),
        rs.getString("provider"),
        rs.getString("guid"),
        rs.getLong("version"),
        JdbiProviderRepository.instant(rs, "version_at"),
        rs.getString("headline"),
        rs.getInt("urgency"),
        rs.getString("language"),
        rs.getString("edition"),
        IncomingState.of(rs.getString("desk_state")),
        rs.getString("notice") == null ? "" : rs.getString("notice"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }
}
