package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.ItemUse;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The uses of incoming items in {@code incoming_uses}, one per (item, version, kind, edition). */
final class ItemUses {
  private ItemUses() {}

  private static final String COLUMNS =
      "item_id, version, kind, edition, story_id, article_id, rule_id, user_id, at";

  static boolean add(Jdbi jdbi, ItemUse use) {
    // ON CONFLICT ... DO NOTHING: the unique key decides between concurrent writers, the same on
    // SQLite and PostgreSQL, so one version routed or taken twice makes one story.
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO incoming_uses("
                            + COLUMNS
                            + ") VALUES (:item, :version, :kind, :edition, :story, :article,"
                            + " :rule, :user, :at)"
                            + " ON CONFLICT (item_id, version, kind, edition) DO NOTHING")
                    .bind("item", use.itemId())
                    .bind("version", use.version())
                    .bind("kind", use.kind().word())
                    .bind("edition", use.edition())
                    .bind("story", use.storyId().orElse(null))
                    .bind("article", use.articleId().orElse(null))
                    .bind("rule", use.ruleId().orElse(null))
                    .bind("user", use.userId().orElse(null))
                    .bind("at", use.at().toEpochMilli())
                    .execute())
        > 0;
  }

  static void complete(Jdbi jdbi, ItemUse use) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE incoming_uses SET story_id = :story, article_id = :article
                    WHERE item_id = :item AND version = :version AND kind = :kind
                      AND edition = :edition
                    """)
                .bind("story", use.storyId().orElse(null))
                .bind("article", use.articleId().orElse(null))
                .bind("item", use.itemId())
                .bind("version", use.version())
                .bind("kind", use.kind().word())
                .bind("edition", use.edition())
                .execute());
  }

  static Optional<ItemUse> find(
      Jdbi jdbi, long itemId, String version, ItemUse.Kind kind, String edition) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM incoming_uses WHERE item_id = :item AND version = :version"
                        + " AND kind = :kind AND edition = :edition")
                .bind("item", itemId)
                .bind("version", version)
                .bind("kind", kind.word())
                .bind("edition", edition)
                .map(ItemUses::use)
                .findOne());
  }

  static List<ItemUse> of(Jdbi jdbi, long itemId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT " + COLUMNS + " FROM incoming_uses WHERE item_id = :item ORDER BY id")
                .bind("item", itemId)
                .map(ItemUses::use)
                .list());
  }

  static Optional<ItemUse> ofStory(Jdbi jdbi, long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM incoming_uses WHERE story_id = :story ORDER BY id LIMIT 1")
                .bind("story", storyId)
                .map(ItemUses::use)
                .findOne());
  }

  private static ItemUse use(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ItemUse(
        rs.getLong("item_id"),
        rs.getString("version"),
        ItemUse.Kind.of(rs.getString("kind")),
        rs.getString("edition"),
        id(rs, "story_id"),
        id(rs, "article_id"),
        id(rs, "rule_id"),
        id(rs, "user_id"),
        Instant.ofEpochMilli(rs.getLong("at")));
  }

  private static Optional<Long> id(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
