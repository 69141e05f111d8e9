package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories are computed once per story and kept (decision 0102): the follower keeps a
 * published story's list and refreshes the lists it names, the page reads the kept list and shows
 * only what is public now, and a story without a list has it computed at its first view.
 */
class KeptRelatedStoriesIT {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static TestApp app;
  private static Search search;
  private static RelatedLists lists;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().sections().ensure("Science");
    search = java.util.Objects.requireNonNull(app.wiring().search());
    lists = SearchTables.relatedLists(app.wiring().database().jdbi());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static ArticleId publish(String headline, String body, int minutes, String... tags) {
    var content =
        new ArticleContent(
            headline,
            "",
            "en",
            "Science",
            List.of("Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph(body)),
            List.of(tags),
            5);
    ArticleId id =
        app.wiring()
            .articles()
            .publish(content, T0.plus(Duration.ofMinutes(minutes)), Optional.of("kept:" + headline))
            .article()
            .id();
    search.settleRelated();
    return id;
  }

  private static Article article(ArticleId id) {
    return app.wiring().articles().find(id).orElseThrow();
  }

  private static List<Long> kept(ArticleId id) {
    return lists.kept(id.value()).map(RelatedLists.Kept::ids).orElse(List.of());
  }

  private static List<String> relatedOnPage(ArticleId id) {
    String path = app.get("/article/" + id.value()).headers().firstValue("Location").orElseThrow();
    var r = app.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select(".related .story-title a").eachText();
  }

  @Test
  void a_published_story_gets_its_list_and_it_is_what_the_query_gives() {
    // Given two stories of the same rare subject, then a third
    ArticleId first =
        publish("Quorvane glacier survey", "Quorvane glacier melt survey.", 0, "quorvane");
    ArticleId second =
        publish("Quorvane glacier melt", "The quorvane glacier melt was surveyed again.", 1);
    ArticleId third = publish("Quorvane survey ends", "Surveyors left the quorvane glacier.", 2);

    // Then the newest story's list was kept when it was published, naming the others
    assertThat(kept(third)).contains(first.value(), second.value()).doesNotContain(third.value());
    // and it is what the index's query gives now (a list dropped is computed again at a view)
    List<Long> before = kept(third);
    lists.forget(Map.of(third.value(), Long.MAX_VALUE));
    assertThat(kept(third)).isEmpty();
    assertThat(search.related(article(third), RelatedStories.KEPT))
        .map(ArticleId::value)
        .isEqualTo(before);
    assertThat(kept(third)).isEqualTo(before);
  }

  @Test
  void an_older_list_is_refreshed_to_name_a_newer_story_of_its_subject() {
    // Given a story whose list is kept, naming the one related story there was
    ArticleId older = publish("Brellimar ferry strike", "Brellimar ferry crews strike.", 10);
    ArticleId other = publish("Brellimar ferry talks", "Brellimar ferry talks go on.", 11);
    assertThat(relatedOnPage(older)).contains("Brellimar ferry talks");
    assertThat(kept(older)).contains(other.value());

    // When a newer story of the subject is published
    ArticleId newer =
        publish("Brellimar ferry strike ends", "The brellimar ferry strike ended.", 12);

    // Then the older story's list names it too
    assertThat(kept(newer)).contains(older.value());
    assertThat(kept(older)).contains(newer.value());
  }

  @Test
  void a_killed_related_story_leaves_every_page_that_listed_it() {
    // Given a story whose page lists another
    ArticleId story = publish("Tessaly bridge closes", "The tessaly bridge closes for repair.", 20);
    ArticleId doomed = publish("Tessaly bridge repair", "Repair of the tessaly bridge starts.", 21);
    assertThat(relatedOnPage(story)).contains("Tessaly bridge repair");

    // When that story is killed
    app.wiring().articles().kill(doomed);
    search.settleRelated();

    // Then the page no longer lists it (its cached copy was dropped, the kept list is filtered)
    assertThat(relatedOnPage(story)).doesNotContain("Tessaly bridge repair");
    // and the killed story keeps no list of its own
    assertThat(lists.kept(doomed.value())).isEmpty();
  }

  @Test
  void a_story_without_a_list_has_it_computed_at_its_first_view_and_kept() {
    // Given stories whose lists are gone (an old store, a large import)
    ArticleId a = publish("Varnholt orchard harvest", "The varnholt orchard harvest began.", 30);
    ArticleId b = publish("Varnholt orchard prices", "Varnholt orchard apple prices rose.", 31);
    lists.forget(Map.of(a.value(), Long.MAX_VALUE, b.value(), Long.MAX_VALUE));

    // When a reader opens one
    List<String> shown = relatedOnPage(b);

    // Then its related stories are on the page and its list is kept
    assertThat(shown).contains("Varnholt orchard harvest");
    assertThat(kept(b)).contains(a.value());
    assertThat(kept(a)).isEmpty(); // the other one's list waits for its own first view
  }

  @Test
  void a_cold_article_page_asks_the_store_a_few_statements() {
    // Given a story with a section, bylines, topics and a kept list naming stories like it
    publish("Oskvel tram line opens", "The oskvel tram line opened today.", 40, "oskvel");
    publish("Oskvel tram fares", "Fares on the oskvel tram line were set.", 41, "oskvel");
    ArticleId story = publish("Oskvel tram crowds", "Crowds rode the oskvel tram line.", 42);
    assertThat(kept(story)).isNotEmpty();
    String path =
        app.get("/article/" + story.value()).headers().firstValue("Location").orElseThrow();

    // When a reader opens it, not cached yet
    List<String> statements;
    try (var sql = org.dateline.testing.SqlCapture.ofRequests(app.wiring().database().jdbi())) {
      var r = app.get(path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(r.body()).select(".related .story-title a").eachText())
          .contains("Oskvel tram fares");
      statements = sql.statements();
    }

    // Then it took three statements, each a round trip on PostgreSQL (decisions 0111, 0123): the
    // story with its section, bylines and topics; its kept list; the stories the page lists
    // (related, latest, most viewed), public now, with its translations
    assertThat(statements).as("statements of a cold article page").hasSize(3);
  }
}
