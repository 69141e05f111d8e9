package org.dateline.article.jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleRepository.Appended;
import org.dateline.article.ArticleRepository.NewArticle;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.article.format.BodyJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Appends many new stories with multi-row inserts (stories, then their bylines and topics), in the
 * caller's transaction, without looking for existing ones: the bulk path of generated stories and
 * archive loads. Names are found or created once per call.
 */
final class JdbiArticleBatches {
  /** Stories per INSERT: 21 values each, well under SQLite's and PostgreSQL's parameter limits. */
  private static final int ROWS = 200;

  /** Bylines or topics per INSERT (4 values each). */
  private static final int NAME_ROWS = 1000;

  private static final List<String> COLUMNS =
      List.of(
          "source_key",
          "slug",
          "language",
          "section_id",
          "headline",
          "summary",
          "dateline_place",
          "dateline_date",
          "dateline_source",
          "body",
          "lead_photo",
          "urgency",
          "state",
          "first_published_at",
          "updated_at",
          "version",
          "content_hash",
          "created_at",
          "embargo_until",
          "correction",
          "corrected_at");

  private final Jdbi jdbi;

  JdbiArticleBatches(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<Appended> append(List<NewArticle> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    for (NewArticle row : rows) {
      if (row.sourceKey().isEmpty()) {
        throw new IllegalArgumentException("a story appended in a batch needs a source key");
      }
    }
    return jdbi.inTransaction(h -> append(h, rows));
  }

  private static List<Appended> append(Handle h, List<NewArticle> rows) {
    // Generated stories share their sample's body: write each body's JSON once.
    Map<List<Block>, String> bodies = new IdentityHashMap<>();
    Map<String, Long> ids = new HashMap<>();
    for (int from = 0; from < rows.size(); from += ROWS) {
      List<NewArticle> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
      insertStories(h, chunk, bodies);
      h.createQuery("SELECT id, source_key FROM articles WHERE source_key IN (<keys>)")
          .bindList("keys", chunk.stream().map(r -> r.sourceKey().orElseThrow()).toList())
          .map((rs, ctx) -> Map.entry(rs.getString("source_key"), rs.getLong("id")))
          .forEach(e -> ids.put(e.getKey(), e.getValue()));
    }
    Map<String, Long> authors = new HashMap<>();
    Map<String, Long> tags = new HashMap<>();
    List<Object[]> bylineRows = new ArrayList<>();
    List<Object[]> tagRows = new ArrayList<>();
    List<Appended> appended = new ArrayList<>(rows.size());
    for (NewArticle row : rows) {
      long id =
          Objects.requireNonNull(
              ids.get(row.sourceKey().orElseThrow()), "each inserted row is read back above");
      List<Long> authorIds = new ArrayList<>();
      for (String name : row.content().bylines()) {
        long authorId =
            authors.computeIfAbsent(name, n -> ArticleWrites.ensureName(h, "authors", n));
        if (!authorIds.contains(authorId)) {
          bylineRows.add(new Object[] {id, authorId, authorIds.size()});
          authorIds.add(authorId);
        }
      }
      List<Long> tagIds = new ArrayList<>();
      for (String name : row.content().tags()) {
        long tagId = tags.computeIfAbsent(name, n -> ArticleWrites.ensureName(h, "tags", n));
        if (!tagIds.contains(tagId)) {
          tagRows.add(
              new Object[] {id, tagId, tagIds.size(), row.firstPublishedAt().toEpochMilli()});
          tagIds.add(tagId);
        }
      }
      appended.add(new Appended(new ArticleId(id), row.sectionId(), authorIds, tagIds));
    }
    insertRows(h, "article_bylines(article_id, author_id, position)", bylineRows);
    insertRows(h, "article_tags(article_id, tag_id, position, published_at)", tagRows);
    return appended;
  }

  private static void insertStories(
      Handle h, List<NewArticle> chunk, Map<List<Block>, String> bodies) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO articles(")
            .append(String.join(", ", COLUMNS))
            .append(", edition) VALUES ");
    for (int i = 0; i < chunk.size(); i++) {
      sql.append(i == 0 ? "(" : ", (");
      for (int c = 0; c < COLUMNS.size(); c++) {
        sql.append(c == 0 ? ":" : ", :").append(COLUMNS.get(c)).append(i);
      }
      sql.append(", ").append(ArticleTables.EDITION_OF_LANGUAGE.formatted("language" + i));
      sql.append(')');
    }
    Update insert = h.createUpdate(sql.toString());
    for (int i = 0; i < chunk.size(); i++) {
      NewArticle a = chunk.get(i);
      ArticleContent c = a.content();
      insert
          .bind("source_key" + i, a.sourceKey().orElse(null))
          .bind("slug" + i, a.slug())
          .bind("language" + i, c.language())
          .bind("section_id" + i, a.sectionId().orElse(null))
          .bind("headline" + i, c.headline())
          .bind("summary" + i, c.summary())
          .bind("dateline_place" + i, c.dateline().map(Dateline::place).orElse(null))
          .bind("dateline_date" + i, c.dateline().map(Dateline::date).orElse(null))
          .bind("dateline_source" + i, c.dateline().map(Dateline::source).orElse(null))
          .bind("body" + i, bodies.computeIfAbsent(c.body(), BodyJson::write))
          .bind("lead_photo" + i, BodyJson.writePhoto(c.leadPhoto()).orElse(null))
          .bind("urgency" + i, c.urgency())
          .bind("state" + i, a.state().code())
          .bind("first_published_at" + i, a.firstPublishedAt().toEpochMilli())
          .bind("updated_at" + i, a.updatedAt().map(Instant::toEpochMilli).orElse(null))
          .bind("version" + i, a.version())
          .bind("content_hash" + i, c.fingerprint())
          .bind("created_at" + i, a.createdAt().toEpochMilli())
          .bind("embargo_until" + i, a.embargoUntil().map(Instant::toEpochMilli).orElse(null))
          .bind("correction" + i, a.correction().map(Article.Correction::text).orElse(null))
          .bind(
              "corrected_at" + i,
              a.correction().map(note -> note.at().toEpochMilli()).orElse(null));
    }
    insert.execute();
  }

  /** Multi-row inserts of plain values into {@code table(columns)}. */
  private static void insertRows(Handle h, String tableAndColumns, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += NAME_ROWS) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + NAME_ROWS));
      int width = chunk.get(0).length;
      StringBuilder sql =
          new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "(" : ", (");
        for (int c = 0; c < width; c++) {
          sql.append(c == 0 ? "?" : ", ?");
        }
        sql.append(')');
      }
      Update insert = h.createUpdate(sql.toString());
      int position = 0;
      for (Object[] row : chunk) {
        for (Object value : row) {
          insert.bind(position++, value);
        }
      }
      insert.execute();
    }
  }
}
