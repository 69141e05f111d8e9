package org.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dateline generate --newsroom N}: the desk's benchmark store (decision 0091). */
class GeneratedNewsroomIT {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  @TempDir Path data;

  private static long count(Wiring w, String sql) {
    return w.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void a_generated_newsroom_holds_numbered_drafts_and_submitted_stories_each_with_its_revision() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      var newsroom = new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock);

      assertThat(newsroom.ensure(2_500)).isEqualTo(2_500); // more than two batches

      assertThat(w.stories().countsByStage())
          .containsEntry(Stage.DRAFT, 1_250)
          .containsEntry(Stage.SUBMITTED, 1_250)
          .containsEntry(Stage.PUBLISHED, 0);
      assertThat(count(w, "SELECT COUNT(*) FROM story_revisions WHERE version = 1"))
          .isEqualTo(2_500);
      // each with its draft's fingerprint, as every other write of a draft (decision 0132)
      assertThat(count(w, "SELECT COUNT(*) FROM stories WHERE draft_fingerprint IS NULL")).isZero();
      assertThat(count(w, "SELECT COUNT(DISTINCT section) FROM stories")).isGreaterThan(4);
      assertThat(count(w, "SELECT COUNT(*) FROM stories WHERE headline LIKE '%부산%'")).isPositive();
      assertThat(count(w, "SELECT COUNT(*) FROM stories WHERE headline LIKE '%京都%'")).isPositive();

      User editor =
          w.users()
              .add("desk.editor@dateline.test", "Desk Editor", Role.EDITOR, "a-long-password-1");
      List<Story> submitted =
          w.stories()
              .desk(
                  new DeskQuery(
                      Stage.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty()),
                  editor,
                  3);
      assertThat(submitted).hasSize(3);
      Story newest = submitted.get(0);
      assertThat(newest.draft().headline()).endsWith("(newsroom 2)");
      assertThat(newest.updatedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(3)));
      assertThat(newest.createdByName()).isEqualTo("Generated Reporter");
      assertThat(newest.edition()).isNotBlank();
      assertThat(w.stories().history(newest.id(), editor))
          .singleElement()
          .satisfies(r -> assertThat(r.draft()).isEqualTo(newest.draft()));
    }
  }

  @Test
  void generating_again_adds_only_the_missing_stories() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      var newsroom = new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock);
      newsroom.ensure(30);

      assertThat(newsroom.ensure(30)).isZero();
      assertThat(newsroom.ensure(45)).isEqualTo(15);
      assertThat(count(w, "SELECT COUNT(*) FROM stories")).isEqualTo(45);
      assertThat(count(w, "SELECT COUNT(*) FROM story_revisions")).isEqualTo(45);
      assertThat(count(w, "SELECT COUNT(*) FROM users WHERE role = 'reporter'")).isEqualTo(1);
    }
  }
}
