package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Block;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;
import org.dateline.testing.TestSearch;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Properties of the index over random sequences of publish, embargo, lift, update, correct and kill
 * (seeded; {@code -Dproperty.seed=N} repeats a run): the index kept up to date change by change
 * equals one rebuilt from scratch, and public search finds exactly the stories that are public now.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class IndexPropertiesIT {
  private static final String WORD = "harbour";
  @TempDir Path data;
  @TempDir Path rebuilt;

  @Test
  void
      an_incrementally_kept_index_equals_a_full_reindex_and_public_search_finds_only_public_stories() {
    long seed = Long.getLong("property.seed", System.nanoTime());
    System.out.println("index property seed: " + seed);
    Random random = new Random(seed);
    ZoneId zone = ZoneId.of("Asia/Seoul");
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      w.sections().ensure("World");
      w.sections().ensure("Sports");
      Search kept = TestSearch.over(w, data.resolve("search"), zone);
      w.changeLog().onCommit(seq -> kept.changed());
      List<ArticleId> ids = new ArrayList<>();
      int embargoes = 0;
      for (int step = 0; step < 120; step++) {
        int n = ids.size();
        int action = n == 0 ? 0 : random.nextInt(6);
        String key = "k" + random.nextInt(Math.max(1, n + 3));
        switch (action) {
          case 0 ->
              ids.add(
                  w.articles()
                      .publish(content(random, step), Instant.now(), Optional.of("p" + step))
                      .article()
                      .id());
          case 1 -> {
            embargoes++;
            ids.add(
                w.articles()
                    .embargo(content(random, step), Instant.now().plusSeconds(3600), "e" + step)
                    .id());
          }
          case 2 -> w.articles().liftEmbargo(ids.get(random.nextInt(n)));
          case 3 -> {
            ArticleId id = ids.get(random.nextInt(n));
            if (w.articles().find(id).orElseThrow().isPublic()) {
              w.articles()
                  .update(
                      id,
                      content(random, step),
                      random.nextBoolean() ? Optional.of("Fixed " + key) : Optional.empty());
            }
          }
          default -> w.articles().kill(ids.get(random.nextInt(n)));
        }
        // After every change: public search finds exactly the public stories.
        assertThat(ids(kept, SearchQuery.Audience.PUBLIC))
            .as("seed %d, step %d", seed, step)
            .isEqualTo(publicIds(w, ids));
      }
      assertThat(embargoes).as("seed %d: the run embargoed stories", seed).isPositive();

      new Reindex(
              w.articles(),
              SearchTables.indexedStories(w.database().jdbi()),
              w.changeLog(),
              w.stories(),
              () -> LuceneSearch.build(rebuilt, zone),
              Clock.systemUTC())
          .run(p -> {});
      try (Search full = TestSearch.over(w, rebuilt, zone)) {
        full.catchUp();
        for (SearchQuery.Audience audience : SearchQuery.Audience.values()) {
          assertThat(documents(kept, audience))
              .as("seed %d, %s", seed, audience)
              .isEqualTo(documents(full, audience));
        }
        assertThat(kept.position()).isEqualTo(full.position()).isEqualTo(w.changeLog().latestSeq());
      }
      kept.close();
    }
  }

  private static ArticleContent content(Random random, int step) {
    String[] sections = {"World", "Sports", ""};
    String[] langs = {"en", "ko", "fr"};
    return new ArticleContent(
        "Story " + step + " about the " + WORD + " " + Integer.toString(random.nextInt(1000), 36),
        "",
        langs[random.nextInt(langs.length)],
        sections[random.nextInt(sections.length)],
        List.of("Reporter " + random.nextInt(3)),
        Optional.empty(),
        List.of(new Block.Paragraph("The " + WORD + " body " + random.nextInt(100) + ".")),
        List.of("topic" + random.nextInt(4)),
        5);
  }

  private static Set<Long> publicIds(Wiring w, List<ArticleId> ids) {
    return ids.stream()
        .map(id -> w.articles().find(id).orElseThrow())
        .filter(a -> a.state() == ArticleState.PUBLISHED)
        .map(a -> a.id().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Long> ids(Search s, SearchQuery.Audience audience) {
    return documents(s, audience).stream()
        .map(d -> Long.parseLong(d.substring(0, d.indexOf(' '))))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every document a search for the common word finds, as "id state headline section". */
  private static Set<String> documents(Search s, SearchQuery.Audience audience) {
    Set<String> out = new TreeSet<>();
    for (int page = 1; page <= SearchQuery.MAX_PAGE; page++) {
      var q =
          new SearchQuery(
              audience,
              WORD,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              SearchQuery.Order.NEWEST,
              page,
              100);
      var r = s.find(q).results();
      r.hits()
          .forEach(
              h ->
                  out.add(
                      h.articleId()
                          + " "
                          + h.state()
                          + " "
                          + h.headlineText()
                          + " "
                          + h.section()
                          + " "
                          + h.language()));
      if (r.hits().size() < 100) {
        break;
      }
    }
    return out;
  }
}
