package org.dateline.article.jdbi;

import java.time.Instant;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleRepository.NewArticle;
import org.dateline.article.ArticleState;
import org.dateline.article.Dateline;
import org.dateline.article.format.BodyJson;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a story's row, its bylines and tags (creating authors and topics by name), and its state
 * changes.
 */
final class ArticleWrites {
  private final Jdbi jdbi;

  ArticleWrites(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  ArticleId insert(NewArticle a) {
    return jdbi.inTransaction(
        h -> {
          long id =
              bindRow(
                      h.createUpdate(
                          """
                          INSERT INTO articles(source_key, slug, language, edition, section_id, headline, summary,
                            dateline_place, dateline_date, dateline_source, body, lead_photo, urgency, state,
                            first_published_at, updated_at, version, content_hash, created_at, embargo_until,
                            correction, corrected_at, chosen_slug, seo_title, seo_description, related_picks)
                          VALUES (:source_key, :slug, :language, """
                              + ArticleTables.EDITION_OF_LANGUAGE.formatted("language")
                              + """
                          , :section_id, :headline, :summary,
                            :dateline_place, :dateline_date, :dateline_source, :body, :lead_photo, :urgency, :state,
                            :first_published_at, :updated_at, :version, :content_hash, :created_at, :embargo_until,
                            :correction, :corrected_at, :chosen_slug, :seo_title, :seo_description, :related_picks)
                          """),
                      a)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          writeNames(h, id, a);
          return new ArticleId(id);
        });
  }

  void update(ArticleId id, NewArticle a) {
    jdbi.useTransaction(
        h -> {
          bindRow(
                  h.createUpdate(
                      """
                      UPDATE articles SET source_key = :source_key, slug = :slug, language = :language,
                        section_id = :section_id, headline = :headline, summary = :summary,
                        dateline_place = :dateline_place, dateline_date = :dateline_date,
                        dateline_source = :dateline_source, body = :body, lead_photo = :lead_photo,
                        urgency = :urgency, state = :state, first_published_at = :first_published_at,
                        updated_at = :updated_at, version = :version, content_hash = :content_hash,
                        embargo_until = :embargo_until, correction = :correction, corrected_at = :corrected_at,
                        chosen_slug = :chosen_slug, seo_title = :seo_title,
                        seo_description = :seo_description, related_picks = :related_picks
                      WHERE id = :id
                      """),
                  a)
              .bind("id", id.value())
              .execute();
          h.createUpdate("DELETE FROM article_bylines WHERE article_id = :id")
              .bind("id", id.value())
              .execute();
          h.createUpdate("DELETE FROM article_tags WHERE article_id = :id")
              .bind("id", id.value())
              .execute();
          writeNames(h, id.value(), a);
        });
  }

  private static org.jdbi.v3.core.statement.Update bindRow(
      org.jdbi.v3.core.statement.Update u, NewArticle a) {
    ArticleContent c = a.content();
    return u.bind("source_key", a.sourceKey().orElse(null))
        .bind("slug", a.slug())
        .bind("language", c.language())
        .bind("section_id", a.sectionId().orElse(null))
        .bind("headline", c.headline())
        .bind("summary", c.summary())
        .bind("dateline_place", c.dateline().map(Dateline::place).orElse(null))
        .bind("dateline_date", c.dateline().map(Dateline::date).orElse(null))
        .bind("dateline_source", c.dateline().map(Dateline::source).orElse(null))
        .bind("body", BodyJson.write(c.body()))
        .bind("lead_photo", BodyJson.writePhoto(c.leadPhoto()).orElse(null))
        .bind("urgency", c.urgency())
        .bind("state", a.state().code())
        .bind("first_published_at", a.firstPublishedAt().toEpochMilli())
        .bind("updated_at", a.updatedAt().map(Instant::toEpochMilli).orElse(null))
        .bind("version", a.version())
        .bind("content_hash", c.fingerprint())
        .bind("created_at", a.createdAt().toEpochMilli())
        .bind("embargo_until", a.embargoUntil().map(Instant::toEpochMilli).orElse(null))
        .bind("correction", a.correction().map(Article.Correction::text).orElse(null))
        .bind("corrected_at", a.correction().map(note -> note.at().toEpochMilli()).orElse(null))
        .bind("chosen_slug", c.presentation().slug())
        .bind("seo_title", c.presentation().title())
        .bind("seo_description", c.presentation().description())
        .bind("related_picks", c.presentation().relatedIds());
  }

  private static void writeNames(Handle h, long articleId, NewArticle a) {
    ArticleContent c = a.content();
    int position = 0;
    for (String name : c.bylines()) {
      long authorId = ensureName(h, "authors", name);
      h.createUpdate(
              "INSERT INTO article_bylines(article_id, author_id, position) VALUES (:a, :n, :p) ON CONFLICT DO NOTHING")
          .bind("a", articleId)
          .bind("n", authorId)
          .bind("p", position++)
          .execute();
    }
    position = 0;
    for (String name : c.tags()) {
      long tagId = ensureName(h, "tags", name);
      h.createUpdate(
              "INSERT INTO article_tags(article_id, tag_id, position, published_at) VALUES (:a, :n, :p, :at) ON CONFLICT DO NOTHING")
          .bind("a", articleId)
          .bind("n", tagId)
          .bind("p", position++)
          .bind("at", a.firstPublishedAt().toEpochMilli())
          .execute();
    }
  }

  /**
   * The id of the author or tag with this name, known by its normalized text ({@link Text#key}),
   * created when new with a slug of its own: the name's slug, or that slug with -2, -3... when a
   * different name already has it.
   */
  static long ensureName(Handle h, String table, String name) {
    String key = Text.key(name);
    String base = Slugs.orEmpty(name).isEmpty() ? fallbackSlug(table) : Slugs.orEmpty(name);
    for (int n = 1; ; n++) {
      Optional<Long> existing =
          h.createQuery("SELECT id FROM " + table + " WHERE name_key = :key")
              .bind("key", key)
              .mapTo(Long.class)
              .findOne();
      if (existing.isPresent()) {
        return existing.get();
      }
      if (n > 10_000) {
        throw new IllegalStateException("no free slug for the name " + name + " in " + table);
      }
      // Nothing is inserted when the slug is taken (by another name): try the next one.
      h.createUpdate(
              "INSERT INTO "
                  + table
                  + "(slug, name, name_key) VALUES (:slug, :name, :key) ON CONFLICT DO NOTHING")
          .bind("slug", n == 1 ? base : base + "-" + n)
          .bind("name", name)
          .bind("key", key)
          .execute();
    }
  }

  private static String fallbackSlug(String table) {
    return table.equals("authors") ? "author" : "topic";
  }

  void changeState(ArticleId id, ArticleState state, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE articles SET state = :state WHERE id = :id")
                .bind("state", state.code())
                .bind("id", id.value())
                .execute());
  }

  void lift(ArticleId id, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE articles SET state = 'published', first_published_at = :at, embargo_until = NULL WHERE id = :id")
              .bind("at", at.toEpochMilli())
              .bind("id", id.value())
              .execute();
          // The topics' index of publication times follows (related stories read it).
          h.createUpdate("UPDATE article_tags SET published_at = :at WHERE article_id = :id")
              .bind("at", at.toEpochMilli())
              .bind("id", id.value())
              .execute();
        });
  }
}
