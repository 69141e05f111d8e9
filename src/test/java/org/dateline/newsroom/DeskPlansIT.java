package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.demo.GeneratedNewsroom;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskCursor;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.LiveQuery;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.storage.Database;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's All tab on a large newsroom: read through an index, page by page (decision 0091). */
class DeskPlansIT {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  @TempDir Path data;

  private static LiveQuery all(Optional<DeskCursor> after) {
    return new LiveQuery(false, Optional.empty(), Optional.empty(), Optional.empty(), after);
  }

  @Test
  void the_all_tab_walks_every_story_once_page_by_page() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock).ensure(120);
      User editor =
          w.users().add("all.tab@dateline.test", "All Tab", Role.EDITOR, "a-long-password-2");
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      long publicWithoutStory = w.articles().countPublic();

      List<DeskEntry> seen = new ArrayList<>();
      Optional<DeskCursor> after = Optional.empty();
      for (int page = 0; page < 20; page++) {
        List<DeskEntry> entries = desk.live(all(after), editor, 50);
        seen.addAll(entries);
        if (entries.size() < 50) {
          break;
        }
        after = Optional.of(entries.get(entries.size() - 1).cursor());
      }

      assertThat(seen).hasSize(120 + (int) publicWithoutStory);
      assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
      for (int i = 1; i < seen.size(); i++) {
        DeskCursor a = seen.get(i - 1).cursor();
        DeskCursor b = seen.get(i).cursor();
        assertThat(a.at() > b.at() || (a.at() == b.at() && a.key() > b.key()))
            .as("entry %d after entry %d", i, i - 1)
            .isTrue();
      }
    }
  }

  @Test
  void an_older_page_of_the_all_tab_reads_a_range_of_stories_recent_and_sorts_no_story() {
    // On SQLite in every run: the plans read are SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner
    // chooses by table statistics, and its costs are measured by bench/store.sh.
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w =
        new Wiring(TestStore.config(data.resolve("sqlite"), Database.Kind.SQLITE), clock)) {
      w.demo().load();
      new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock).ensure(120);
      User editor =
          w.users().add("plans@dateline.test", "Plans Reader", Role.EDITOR, "a-long-password-3");
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      List<DeskEntry> first = desk.live(all(Optional.empty()), editor, 50);

      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        assertThat(desk.live(all(Optional.of(first.get(49).cursor())), editor, 50)).hasSize(50);
        String statement =
            sql.statements().stream()
                .filter(s -> s.contains("FROM stories s"))
                .findFirst()
                .orElseThrow();

        assertThat(sql.plan(statement))
            .as("plan of %s", statement)
            .anyMatch(step -> step.matches("SEARCH s USING (COVERING )?INDEX stories_recent .*"))
            .noneMatch(step -> step.equals("SCAN s"));
      }
    }
  }
}
