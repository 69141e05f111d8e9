package org.dateline.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.demo.GeneratedNewsroom;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.LiveQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.testing.Newsroom;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A desk page's rows are read one statement per kind (decision 0096): the number of statements does
 * not grow with the number of rows, on either store (on PostgreSQL each statement is a round trip).
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class DeskRowsIT {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  @TempDir Path data;

  private static LiveQuery tab(boolean publishedOnly) {
    return new LiveQuery(
        publishedOnly, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void a_pages_statements_do_not_grow_with_its_rows() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock).ensure(80);
      User editor = Newsroom.user(w, Role.EDITOR, "Row Counter");
      // Some newsroom stories published (a row with its public record), one with someone in it
      List<Story> submitted =
          w.stories()
              .desk(
                  new DeskQuery(
                      Stage.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty()),
                  editor,
                  60);
      for (Story s : submitted.subList(0, 12)) {
        Workflow.Outcome out =
            w.workflow().act(s.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
        assertThat(out.refused()).as(out.refusal()).isFalse();
      }
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      User other = Newsroom.user(w, Role.EDITOR, "정민 편집자");
      desk.enter(submitted.get(20).id(), other);
      DeskRows rows = new DeskRows(w.stories(), desk, w.articles());
      Edition edition = w.editions().current();

      for (boolean publishedOnly : List.of(false, true)) {
        List<DeskEntry> few = desk.live(tab(publishedOnly), editor, 5);
        List<DeskEntry> many = desk.live(tab(publishedOnly), editor, 50);
        assertThat(many).hasSize(50);

        List<String> fewStatements;
        try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
          assertThat(rows.rows(few, editor, edition)).hasSize(5);
          fewStatements = sql.statements();
        }
        try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
          List<NewsroomModel.DeskRow> listed = rows.rows(many, editor, edition);
          assertThat(listed).hasSize(50);
          assertThat(sql.statements())
              .as("statements for 50 rows of the %s tab", publishedOnly ? "Published" : "All")
              // at most: the stories, who is in them, their public records (3), the public stories
              // without a newsroom story (3), whatever the number of rows
              .hasSizeLessThanOrEqualTo(8)
              .hasSizeGreaterThanOrEqualTo(fewStatements.size());
        }
      }

      List<DeskStory> stage =
          desk.tab(
              new DeskQuery(Stage.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty()),
              editor,
              50);
      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        List<NewsroomModel.DeskRow> listed = rows.storyRows(stage, editor, edition);
        assertThat(listed).hasSize(stage.size());
        assertThat(listed)
            .filteredOn(r -> r.id() == submitted.get(20).id())
            .singleElement()
            .satisfies(r -> assertThat(r.editing()).isEqualTo("정민 편집자 is in it now"));
        assertThat(sql.statements()).as("statements for a stage tab's rows").hasSizeLessThan(5);
      }
    }
  }

  @Test
  void a_public_storys_row_read_without_its_body_is_the_row_its_whole_story_gives() {
    // Decision 0120: a public story's desk row is read from its line (columns and bylines, no
    // body); it must be the row the whole story gave before, for every public story of the demo
    // (every script, stories with and without a section) and for bylines in several scripts.
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      User editor = Newsroom.user(w, Role.EDITOR, "Row Comparer");
      for (String headline :
          List.of("서울 지하철 9호선 연장 개통", "مهرجان الكتاب في الرياض", "Café Zürich öffnet wieder")) {
        Story story = Newsroom.written(w, editor, headline);
        w.workflow().act(story.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
      }
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      DeskRows rows = new DeskRows(w.stories(), desk, w.articles());
      Edition edition = w.editions().current();
      List<Long> ids = new java.util.ArrayList<>();
      Optional<org.dateline.newsroom.workflow.DeskCursor> after = Optional.empty();
      List<DeskEntry> page;
      do {
        page =
            desk.live(
                new LiveQuery(true, Optional.empty(), Optional.empty(), Optional.empty(), after),
                editor,
                50);
        page.forEach(e -> ids.add(e.articleId().orElseThrow()));
        after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).cursor());
      } while (page.size() == 50);
      assertThat(ids).hasSizeGreaterThan(10);

      List<NewsroomModel.DeskRow> listed = rows.articleRows(ids, edition);

      var whole =
          w.articles().findAll(ids.stream().map(org.dateline.article.ArticleId::new).toList());
      List<NewsroomModel.DeskRow> expected =
          ids.stream()
              .map(id -> whole.get(new org.dateline.article.ArticleId(id)))
              .filter(a -> a != null && a.isPublic())
              .map(
                  a ->
                      new NewsroomModel.DeskRow(
                          0,
                          DeskRows.editHref(a.id().value()),
                          a.headline(),
                          a.section().map(org.dateline.section.Section::name).orElse("All News"),
                          String.join(", ", a.content().bylines()),
                          Stage.PUBLISHED.label(),
                          edition.format(a.lastChanged()),
                          "",
                          org.dateline.web.site.SiteChrome.articleHref(a.id().value(), a.slug()),
                          a.edition()))
              .toList();
      assertThat(listed).hasSameSizeAs(ids).containsExactlyElementsOf(expected);
      assertThat(listed).anyMatch(r -> !r.author().isEmpty());
      assertThat(listed).anyMatch(r -> r.headline().equals("서울 지하철 9호선 연장 개통"));
    }
  }

  @Test
  void a_publish_asks_the_store_a_bounded_number_of_statements_and_none_for_the_counts() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      User editor = Newsroom.user(w, Role.EDITOR, "Publish Counter");
      Story first = Newsroom.written(w, editor, "Warm-up story, published first");
      w.workflow().act(first.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
      Story story = Newsroom.written(w, editor, "Harbour ferry timetable approved");

      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        Workflow.Outcome out =
            w.workflow()
                .act(story.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
        assertThat(out.refused()).as(out.refusal()).isFalse();
        List<String> statements = sql.statements();
        System.out.println(
            "DeskRowsIT: a publish ran "
                + statements.size()
                + " statements on "
                + (TestStore.postgresql() ? "PostgreSQL" : "SQLite")
                + ":\n"
                + String.join("\n---\n", statements));
        // the desk's counts are the store's triggers' work, not the application's
        assertThat(statements).noneMatch(q -> q.contains("desk_counts"));
        assertThat(statements).hasSizeLessThan(120);
      }
    }
  }
}
