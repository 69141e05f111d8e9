package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.article.format.BodyJson;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before migration 4, where names without Latin letters all had the slug "story"
 * and names were known by their slug, migrates cleanly: every name gets its normalized key and an
 * address of its own, names that are one name are merged, and the site answers for them.
 */
class NamesMigrationIT {
  @TempDir Path data;

  /** The store as version 2 left it, with what the old slugs made of names in other scripts. */
  private void oldStore() {
    String url = "jdbc:sqlite:" + data.resolve("dateline.db");
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration", "classpath:db/sqlite")
        .target("2")
        .load()
        .migrate();
    Jdbi.create(url)
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO authors(id, slug, name) VALUES (1, 'story', 'Иван Петров'),"
                      + " (2, 'kim-min-ji', 'Kim Min-ji'), (3, 'strasse', 'STRASSE'),"
                      + " (4, 'stra-e', 'Straße')");
              h.execute(
                  "INSERT INTO tags(id, slug, name) VALUES (1, 'story', '日本'), (2, 'seoul', 'Seoul')");
              article(h, 1, "story", "서울 증시 상승 출발");
              article(h, 2, "budget-passes", "Budget passes");
              h.execute(
                  "INSERT INTO article_bylines(article_id, author_id, position) VALUES"
                      + " (1, 1, 0), (1, 4, 1), (2, 3, 0), (2, 4, 1), (2, 2, 2)");
              h.execute(
                  "INSERT INTO article_tags(article_id, tag_id, position) VALUES (1, 1, 0), (2, 2, 0)");
            });
  }

  private static void article(Handle h, long id, String slug, String headline) {
    h.createUpdate(
            """
            INSERT INTO articles(id, slug, language, headline, body, state, first_published_at,
              version, content_hash, created_at)
            VALUES (:id, :slug, 'en', :headline, :body, 'published', :at, 1, 'x', :at)
            """)
        .bind("id", id)
        .bind("slug", slug)
        .bind("headline", headline)
        .bind("body", BodyJson.write(List.of(new Block.Paragraph("Text of " + headline + "."))))
        .bind("at", 1_700_000_000_000L + id)
        .execute();
  }

  private static List<String> strings(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  @Test
  void names_get_keys_and_addresses_of_their_own_and_one_name_becomes_one_author() {
    oldStore();

    try (Database db = Database.open(data)) {
      var jdbi = db.jdbi();
      List<String> authors =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT id || ' ' || slug || ' ' || name_key FROM authors ORDER BY id")
                      .mapTo(String.class)
                      .list());
      assertThat(authors)
          .containsExactly(
              "1 иван-петров иван петров", "2 kim-min-ji kim min-ji", "3 strasse strasse");
      assertThat(
              strings(
                  jdbi,
                  "SELECT article_id || ':' || author_id FROM article_bylines"
                      + " ORDER BY article_id, position"))
          .as("Straße merged into STRASSE; a story with both keeps one")
          .containsExactly("1:1", "1:3", "2:3", "2:2");
      assertThat(strings(jdbi, "SELECT slug FROM tags ORDER BY id")).containsExactly("日本", "seoul");
      assertThat(strings(jdbi, "SELECT slug FROM articles ORDER BY id"))
          .containsExactly("서울-증시-상승-출발", "budget-passes");
      assertThatThrownBy(
              () ->
                  jdbi.useHandle(
                      h ->
                          h.execute(
                              "INSERT INTO authors(slug, name, name_key) VALUES ('x', 'x', 'strasse')")))
          .hasMessageContaining("UNIQUE");
    }

    // and the site answers for the migrated names and the old article address
    try (TestApp app = TestApp.start(data, false)) {
      HttpResponse<String> old = app.get("/article/1/story");
      assertThat(old.statusCode()).isEqualTo(301);
      String page = app.get(NewsroomClient.location(old)).body();
      var links = Jsoup.parse(page).select("a[href^=/author/], a[href^=/tag/]");
      assertThat(links.eachText()).containsExactly("Иван Петров", "STRASSE", "日本");
      for (var link : links) {
        HttpResponse<String> namePage = app.get(link.attr("href"));
        assertThat(namePage.statusCode()).as(link.attr("href")).isEqualTo(200);
        assertThat(Jsoup.parse(namePage.body()).select("main h1").text()).isEqualTo(link.text());
      }
    }
  }
}
