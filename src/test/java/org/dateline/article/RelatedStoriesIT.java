package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The related stories under an article: which, in what order, and at what cost. */
class RelatedStoriesIT {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  @TempDir Path data;
  Wiring w;

  @BeforeEach
  void open() {
    w = new Wiring(TestStore.config(data), Clock.systemUTC());
    w.sections().ensure("Science"); // an administrator made them
    w.sections().ensure("Arts");
  }

  @AfterEach
  void close() {
    w.close();
  }

  private ArticleId publish(String headline, String section, int minutesLater, String... tags) {
    var content =
        new ArticleContent(
            headline,
            "",
            "en",
            section,
            List.of("Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph("Body.")),
            List.of(tags),
            5);
    return w.articles()
        .publish(content, T0.plus(Duration.ofMinutes(minutesLater)), Optional.of("k:" + headline))
        .article()
        .id();
  }

  private List<String> relatedHeadlines(ArticleId id) {
    return w.articles().related(id, 5).stream().map(ArticleSummary::headline).toList();
  }

  @Test
  void
      related_stories_share_topics_first_then_the_section_never_the_story_itself_nor_unpublished() {
    // Given
    ArticleId story = publish("Story", "Science", 0, "quantum", "lasers");
    publish("Both topics", "Science", 1, "quantum", "lasers");
    publish("One topic, other section, newer", "Arts", 9, "quantum");
    publish("One topic, other section", "Arts", 3, "quantum");
    publish("One topic, same section, older", "Science", -50, "quantum");
    publish("Same section only", "Science", 5);
    publish("Unrelated", "Arts", 20, "opera");
    ArticleId killed = publish("Killed, both topics", "Science", 30, "quantum", "lasers");
    w.articles().kill(killed);
    w.articles()
        .embargo(
            new ArticleContent(
                "Embargoed, both topics",
                "",
                "en",
                "Science",
                List.of("Reporter"),
                Optional.empty(),
                List.of(new Block.Paragraph("Body.")),
                List.of("quantum", "lasers"),
                5),
            Instant.now().plus(Duration.ofDays(2)),
            "k:embargoed");

    // When / Then: most shared topics first; at equal topics the same section, then the newest
    assertThat(relatedHeadlines(story))
        .containsExactly(
            "Both topics",
            "One topic, same section, older",
            "One topic, other section, newer",
            "One topic, other section",
            "Same section only");
  }

  @Test
  void the_related_lookup_reads_through_indexes_in_their_order_and_sorts_nothing() {
    // Given (on SQLite in every run: the plans read are SQLite's EXPLAIN QUERY PLAN; PostgreSQL's
    // planner chooses by table statistics, and its costs are measured in bench/)
    w.close();
    w =
        new Wiring(
            TestStore.config(data.resolve("sqlite"), org.dateline.storage.Database.Kind.SQLITE),
            Clock.systemUTC());
    w.sections().ensure("Science");
    w.sections().ensure("Arts");
    ArticleId story = publish("Story", "Science", 0, "quantum", "lasers");
    for (int i = 1; i <= 30; i++) {
      publish("Other " + i, i % 2 == 0 ? "Science" : "Arts", i, i % 3 == 0 ? "quantum" : "misc");
    }

    // When: the related stories are looked up, recording every statement
    List<String> statements;
    try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
      assertThat(w.articles().related(story, 5)).isNotEmpty();
      statements = sql.statements();

      // Then: every statement reads through an index (no full scan of a table), not by the state
      // alone (which names nearly every story), and in the index's order (no sort of all the
      // matching rows), so the cost does not grow with the store
      assertThat(statements).isNotEmpty();
      for (String statement : statements) {
        List<String> plan = sql.plan(statement);
        assertThat(plan)
            .as("plan of %s", statement)
            .noneMatch(step -> step.startsWith("SCAN "))
            .noneMatch(step -> step.endsWith("(state=?)"))
            .noneMatch(step -> step.contains("TEMP B-TREE"));
      }
    }
  }
}
