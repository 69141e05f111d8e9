package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskCounts;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The desk's tab counts are kept by the store (decision 0096) and stay exactly what counting the
 * stories gives: after random workflows across editions and roles, and after writers acting at the
 * same time (on PostgreSQL truly at once), for every user and every edition's desk.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class DeskCountsIT {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  @TempDir Path data;

  @Test
  void the_counts_equal_counting_the_stories_after_random_workflows_across_editions_and_roles() {
    long seed = Long.getLong("desk.counts.seed", System.nanoTime());
    System.out.println("DeskCountsIT seed " + seed + " (-Ddesk.counts.seed=" + seed + ")");
    Random random = new Random(seed);
    try (Wiring w = new Wiring(TestStore.config(data), Clock.fixed(NOW, ZoneOffset.UTC))) {
      w.demo().load();
      w.demo().loadEditions();
      List<User> users =
          List.of(
              Newsroom.user(w, Role.EDITOR, "Counting Editor"),
              Newsroom.user(w, Role.REPORTER, "Counting Reporter"),
              Newsroom.user(w, Role.REPORTER, "정민 기자"),
              Newsroom.user(w, Role.ADMIN, "Counting Admin"));
      User editor = users.get(0);
      Jdbi jdbi = w.database().jdbi();
      List<String> editions =
          jdbi.withHandle(
              h -> h.createQuery("SELECT code FROM editions").mapTo(String.class).list());
      assertThat(editions).hasSizeGreaterThan(1);
      assertCountsExact(w, users, editions, "at the start (seed " + seed + ")");

      List<Long> mine = new ArrayList<>();
      for (int step = 0; step < 160; step++) {
        User user = users.get(random.nextInt(users.size()));
        int what = random.nextInt(10);
        if (what < 3 || mine.isEmpty()) {
          // a new story, in an edition's own section
          String edition = editions.get(random.nextInt(editions.size()));
          Story s = w.stories().create(user, edition);
          List<String> sections = sectionsOf(jdbi, edition);
          String section = sections.isEmpty() ? "" : sections.get(random.nextInt(sections.size()));
          w.stories()
              .save(
                  s.id(),
                  s.version(),
                  Newsroom.completeDraft("Story " + step + " — 기사 " + step, section),
                  user,
                  "");
          mine.add(s.id());
        } else if (what == 3) {
          // an editor opens a public story that has no newsroom story yet
          List<Long> unclaimed =
              jdbi.withHandle(
                  h ->
                      h.createQuery(
                              "SELECT a.id FROM articles a WHERE a.state = 'published' AND NOT"
                                  + " EXISTS (SELECT 1 FROM stories s WHERE s.article_id = a.id)"
                                  + " ORDER BY a.id")
                          .mapTo(Long.class)
                          .list());
          if (!unclaimed.isEmpty()) {
            mine.add(
                w.stories()
                    .forArticle(unclaimed.get(random.nextInt(unclaimed.size())), editor)
                    .id());
          }
        } else {
          // any action this user may take on one of the stories
          Story s = w.stories().find(mine.get(random.nextInt(mine.size()))).orElseThrow();
          List<Action> actions = w.workflow().available(s, user);
          if (!actions.isEmpty()) {
            Action action = actions.get(random.nextInt(actions.size()));
            w.workflow()
                .act(
                    s.id(),
                    Optional.empty(),
                    new Workflow.Request(
                        action,
                        Optional.of(NOW.plus(Duration.ofHours(1 + random.nextInt(48)))),
                        "Counted: " + action.code()),
                    user);
          }
        }
        if (step % 20 == 19) {
          assertCountsExact(w, users, editions, "after step " + step + " (seed " + seed + ")");
        }
      }
      assertCountsExact(w, users, editions, "at the end (seed " + seed + ")");
      assertThat(countsOf(jdbi, Optional.empty(), Optional.empty()).get(Stage.PUBLISHED))
          .as("some stories were published")
          .isPositive();
    }
  }

  @Test
  void writers_acting_at_the_same_time_lose_no_count() throws Exception {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.fixed(NOW, ZoneOffset.UTC))) {
      w.demo().loadEditions();
      User editor = Newsroom.user(w, Role.EDITOR, "Busy Editor");
      Jdbi jdbi = w.database().jdbi();
      List<String> editions =
          jdbi.withHandle(
              h -> h.createQuery("SELECT code FROM editions").mapTo(String.class).list());
      int writers = 6;
      int rounds = 8;
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < writers; t++) {
          String edition = editions.get(t % editions.size());
          List<String> sections = sectionsOf(jdbi, edition);
          String section = sections.isEmpty() ? "" : sections.get(0);
          done.add(
              pool.submit(
                  () -> {
                    for (int r = 0; r < rounds; r++) {
                      // every writer moves stories through the same stages of one edition: the
                      // same count rows, changed at once
                      Story s = w.stories().create(editor, edition);
                      w.stories()
                          .save(
                              s.id(),
                              s.version(),
                              Newsroom.completeDraft("Busy " + edition + " " + r, section),
                              editor,
                              "");
                      act(w, s.id(), Action.SUBMIT, editor);
                      act(w, s.id(), Action.RETURN, editor);
                      act(w, s.id(), Action.SUBMIT, editor);
                      act(w, s.id(), Action.PUBLISH, editor);
                      if (r % 2 == 0) {
                        act(w, s.id(), Action.KILL, editor);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertCountsExact(w, List.of(editor), editions, "after concurrent writers");
      Map<Stage, Integer> all = countsOf(jdbi, Optional.empty(), Optional.empty());
      assertThat(all.get(Stage.PUBLISHED) + all.get(Stage.KILLED)).isEqualTo(writers * rounds);
    }
  }

  private static void act(Wiring w, long id, Action action, User user) {
    Workflow.Outcome out =
        w.workflow()
            .act(id, Optional.empty(), new Workflow.Request(action, Optional.empty(), "why"), user);
    assertThat(out.refused()).as("%s on %d: %s", action, id, out.refusal()).isFalse();
  }

  private static List<String> sectionsOf(Jdbi jdbi, String edition) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name FROM sections WHERE edition = :e ORDER BY id")
                .bind("e", edition)
                .mapTo(String.class)
                .list());
  }

  /** The desk's counts for every user and every edition's desk, against COUNT(*) of the rows. */
  private static void assertCountsExact(
      Wiring w, List<User> users, List<String> editions, String when) {
    Jdbi jdbi = w.database().jdbi();
    Desk desk = new Desk(StoryTables.desk(jdbi), Clock.fixed(NOW, ZoneOffset.UTC));
    List<Optional<String>> desks = new ArrayList<>();
    desks.add(Optional.empty());
    editions.forEach(e -> desks.add(Optional.of(e)));
    for (User user : users) {
      boolean editor = user.role() != Role.REPORTER;
      for (Optional<String> edition : desks) {
        DeskCounts kept = desk.counts(user, edition);
        Map<Stage, Integer> byStage =
            countsOf(jdbi, editor ? Optional.empty() : Optional.of(user.id()), edition);
        int stories = byStage.values().stream().mapToInt(Integer::intValue).sum();
        int published =
            editor
                ? count(
                    jdbi, "SELECT COUNT(*) FROM articles a WHERE a.state = 'published'", edition)
                : byStage.get(Stage.PUBLISHED);
        int all =
            editor
                ? stories
                    + count(
                        jdbi,
                        "SELECT COUNT(*) FROM articles a WHERE a.state = 'published' AND NOT EXISTS"
                            + " (SELECT 1 FROM stories o WHERE o.article_id = a.id)",
                        edition)
                : stories;
        String who =
            user.name() + " on the desk of " + edition.orElse("every edition") + " " + when;
        assertThat(kept.byStage()).as("stages, %s", who).isEqualTo(byStage);
        assertThat(kept.published()).as("published, %s", who).isEqualTo(published);
        assertThat(kept.all()).as("all, %s", who).isEqualTo(all);
      }
    }
  }

  private static Map<Stage, Integer> countsOf(
      Jdbi jdbi, Optional<Long> author, Optional<String> edition) {
    Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      counts.put(s, 0);
    }
    jdbi.useHandle(
        h -> {
          var q =
              h.createQuery(
                  "SELECT stage, COUNT(*) AS n FROM stories WHERE 1 = 1"
                      + (author.isPresent() ? " AND created_by = :author" : "")
                      + (edition.isPresent() ? " AND edition = :edition" : "")
                      + " GROUP BY stage");
          author.ifPresent(a -> q.bind("author", a));
          edition.ifPresent(e -> q.bind("edition", e));
          q.map((rs, ctx) -> Map.entry(Stage.ofCode(rs.getString(1)), rs.getInt(2)))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
        });
    return counts;
  }

  private static int count(Jdbi jdbi, String sql, Optional<String> edition) {
    return jdbi.withHandle(
        h -> {
          var q = h.createQuery(sql + (edition.isPresent() ? " AND a.edition = :edition" : ""));
          edition.ifPresent(e -> q.bind("edition", e));
          return q.mapTo(Integer.class).one();
        });
  }
}
