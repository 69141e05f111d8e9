package org.dateline.article.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleId;
import org.dateline.article.Author;
import org.dateline.article.DirectoryRepository;
import org.dateline.article.PublicEntry;
import org.dateline.article.Tag;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The directory's queries over {@code articles}, {@code authors} and {@code tags}: ranges of ids
 * (the primary keys) and the newest stories ({@code articles_latest}); the last change per id block
 * reads the covering index {@code articles_public_changes} (V9) alone.
 */
final class JdbiDirectory implements DirectoryRepository {
  private static final String ENTRY_COLUMNS =
      "id, slug, headline, language, first_published_at, COALESCE(updated_at, first_published_at),"
          + " edition";

  private static PublicEntry entry(ResultSet r, StatementContext c) throws SQLException {
    return new PublicEntry(
        new ArticleId(r.getLong(1)),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(7),
        Instant.ofEpochMilli(r.getLong(5)),
        Instant.ofEpochMilli(r.getLong(6)));
  }

  /** A public story with this author or tag (the same rule as the author and topic pages). */
  private static final String PUBLIC_LINK =
      "SELECT 1 FROM %s l JOIN articles pa ON pa.id = l.article_id"
          + " WHERE l.%s = %s.id AND pa.state = 'published'";

  private final Jdbi jdbi;

  JdbiDirectory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<PublicEntry> storiesInIdRange(long fromId, long toId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ENTRY_COLUMNS
                        + " FROM articles WHERE id BETWEEN :from AND :to AND state = 'published'"
                        + " ORDER BY id")
                .bind("from", fromId)
                .bind("to", toId)
                .map(JdbiDirectory::entry)
                .list());
  }

  @Override
  public List<PublicEntry> storiesInIdRange(String edition, long fromId, long toId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ENTRY_COLUMNS
                        + " FROM articles WHERE id BETWEEN :from AND :to AND state = 'published'"
                        + " AND edition = :edition ORDER BY id")
                .bind("from", fromId)
                .bind("to", toId)
                .bind("edition", edition)
                .map(JdbiDirectory::entry)
                .list());
  }

  @Override
  public Map<String, Map<Long, Instant>> lastChangedPerEditionBlock(long blockSize) {
    Map<String, Map<Long, Instant>> editions = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    SELECT edition, (id - 1) / :size AS block,
                           MAX(COALESCE(updated_at, first_published_at))
                      FROM articles
                     WHERE state = 'published'
                     GROUP BY edition, block
                    """)
                .bind("size", blockSize)
                .map(
                    (r, c) ->
                        Map.entry(
                            r.getString(1) == null ? "" : r.getString(1),
                            Map.entry(r.getLong(2), Instant.ofEpochMilli(r.getLong(3)))))
                .forEach(
                    e ->
                        editions
                            .computeIfAbsent(e.getKey(), k -> new HashMap<>())
                            .put(e.getValue().getKey(), e.getValue().getValue())));
    return editions;
  }

  @Override
  public Map<ArticleId, List<org.dateline.article.ArticleTranslation>> translationsInIdRange(
      long fromId, long toId) {
    return new JdbiTranslations(jdbi).inIdRange(fromId, toId);
  }

  @Override
  public long highestId() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COALESCE(MAX(id), 0) FROM articles WHERE state = 'published'")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Map<Long, Instant> lastChangedPerBlock(long blockSize) {
    Map<Long, Instant> blocks = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    SELECT (id - 1) / :size AS block,
                           MAX(COALESCE(updated_at, first_published_at))
                      FROM articles
                     WHERE state = 'published'
                     GROUP BY block
                    """)
                .bind("size", blockSize)
                .map((r, c) -> Map.entry(r.getLong(1), Instant.ofEpochMilli(r.getLong(2))))
                .forEach(e -> blocks.put(e.getKey(), e.getValue())));
    return blocks;
  }

  @Override
  public List<PublicEntry> publishedSince(Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ENTRY_COLUMNS
                        + " FROM articles WHERE state = 'published' AND first_published_at >= :since"
                        + " ORDER BY first_published_at DESC, id DESC LIMIT :limit")
                .bind("since", since.toEpochMilli())
                .bind("limit", limit)
                .map(JdbiDirectory::entry)
                .list());
  }

  @Override
  public List<Author> authors(long fromId, long toId, int limit) {
    return linked(AUTHORS, fromId, toId, limit, Author::new);
  }

  @Override
  public List<Tag> topics(long fromId, long toId, int limit) {
    return linked(TOPICS, fromId, toId, limit, Tag::new);
  }

  @Override
  public long highestAuthorId() {
    return highest(AUTHORS);
  }

  @Override
  public long highestTopicId() {
    return highest(TOPICS);
  }

  /** Authors and topics: a named table and the table linking it to articles. */
  private record Named(String table, String alias, String links, String column) {
    /** "Linked to at least one public article", for this table's rows. */
    String publicLink() {
      return table
          + " "
          + alias
          + " WHERE EXISTS ("
          + PUBLIC_LINK.formatted(links, column, alias)
          + ")";
    }
  }

  private static final Named AUTHORS = new Named("authors", "au", "article_bylines", "author_id");
  private static final Named TOPICS = new Named("tags", "t", "article_tags", "tag_id");

  /** Builds an author or topic from id, slug and name. */
  private interface Row<T> {
    T of(long id, String slug, String name);
  }

  private <T> List<T> linked(Named named, long fromId, long toId, int limit, Row<T> row) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, name FROM "
                        + named.publicLink()
                        + " AND id BETWEEN :from AND :to ORDER BY id LIMIT :limit")
                .bind("from", fromId)
                .bind("to", toId)
                .bind("limit", limit)
                .map((r, c) -> row.of(r.getLong(1), r.getString(2), r.getString(3)))
                .list());
  }

  private long highest(Named named) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM " + named.publicLink() + " ORDER BY id DESC LIMIT 1")
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
  }
}
