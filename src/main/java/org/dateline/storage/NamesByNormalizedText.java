package org.dateline.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: authors and topics are known by their normalized text ({@link Text#key}), not by
 * their slug, and slugs keep the letters of every script (decision 0010). In Java because the
 * normalization is Unicode's, which SQL does not have; the statements are portable SQL.
 *
 * <p>It adds {@code name_key} to {@code authors} and {@code tags} and fills it; merges rows whose
 * names turn out to be one name (re-pointing the stories' bylines and topics); gives the one row
 * that held the old fallback slug {@code story} (a name without Latin letters) a slug of its own
 * letters; makes {@code name_key} unique; and gives stories whose headline had no Latin letters a
 * readable slug (their old address redirects to it, as every non-canonical article address does).
 * Other slugs stay as they were, so existing addresses keep working.
 */
final class NamesByNormalizedText implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "names by normalized text";
  }

  @Override
  public Integer getChecksum() {
    return 4_0010;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    names(c, "authors", "article_bylines", "author_id", "author");
    names(c, "tags", "article_tags", "tag_id", "topic");
    articleSlugs(c);
  }

  private record Row(long id, String slug, String name) {}

  private static void names(Connection c, String table, String links, String column, String empty)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + table + " ADD COLUMN name_key VARCHAR(200)");
    }
    List<Row> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, slug, name FROM " + table + " ORDER BY id")) {
      while (rs.next()) {
        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    Set<String> slugs = new HashSet<>();
    rows.forEach(r -> slugs.add(r.slug()));
    Map<String, Long> keeperByKey = new HashMap<>();
    for (Row row : rows) {
      String name = Text.name(row.name()).isEmpty() ? row.name() : Text.name(row.name());
      String key = Text.key(name).isEmpty() ? "#" + row.id() : Text.key(name);
      Long keeper = keeperByKey.putIfAbsent(key, row.id());
      if (keeper != null) {
        merge(c, table, links, column, row.id(), keeper);
        slugs.remove(row.slug());
        continue;
      }
      String slug = row.slug();
      if (slug.equals(Slugs.FALLBACK) && !Slugs.orEmpty(name).isEmpty()) {
        slugs.remove(slug);
        slug = unique(Slugs.orEmpty(name), slugs);
      } else if (slug.equals(Slugs.FALLBACK)) {
        slugs.remove(slug);
        slug = unique(empty, slugs);
      }
      slugs.add(slug);
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE " + table + " SET name = ?, name_key = ?, slug = ? WHERE id = ?")) {
        u.setString(1, name);
        u.setString(2, key);
        u.setString(3, slug);
        u.setLong(4, row.id());
        u.executeUpdate();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE UNIQUE INDEX " + table + "_name_key ON " + table + "(name_key)");
    }
  }

  /** Moves the stories' links from {@code gone} to {@code keeper}, then deletes {@code gone}. */
  private static void merge(
      Connection c, String table, String links, String column, long gone, long keeper)
      throws SQLException {
    String[] statements = {
      // A story that names both keeps one link: the keeper's.
      "DELETE FROM "
          + links
          + " WHERE "
          + column
          + " = ? AND article_id IN (SELECT article_id FROM "
          + links
          + " WHERE "
          + column
          + " = ?)",
      "UPDATE " + links + " SET " + column + " = ? WHERE " + column + " = ?",
      "DELETE FROM " + table + " WHERE id = ? AND id <> ?"
    };
    long[][] params = {{gone, keeper}, {keeper, gone}, {gone, keeper}};
    for (int i = 0; i < statements.length; i++) {
      try (PreparedStatement p = c.prepareStatement(statements[i])) {
        p.setLong(1, params[i][0]);
        p.setLong(2, params[i][1]);
        p.executeUpdate();
      }
    }
  }

  private static String unique(String base, Set<String> taken) {
    String slug = base;
    for (int n = 2; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static void articleSlugs(Connection c) throws SQLException {
    Map<Long, String> renamed = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT id, headline FROM articles WHERE slug = ?");
        ResultSet rs = query(s, Slugs.FALLBACK)) {
      while (rs.next()) {
        String slug = Slugs.of(rs.getString(2));
        if (!slug.equals(Slugs.FALLBACK)) {
          renamed.put(rs.getLong(1), slug);
        }
      }
    }
    try (PreparedStatement u = c.prepareStatement("UPDATE articles SET slug = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : renamed.entrySet()) {
        u.setString(1, e.getValue());
        u.setLong(2, e.getKey());
        u.executeUpdate();
      }
    }
  }

  private static ResultSet query(PreparedStatement s, String value) throws SQLException {
    s.setString(1, value);
    return s.executeQuery();
  }
}
