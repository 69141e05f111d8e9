package org.dateline.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.search.DeskHits;
import org.dateline.search.DeskSearch;
import org.dateline.search.Search;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.testing.Newsroom;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.dateline.web.newsroom.NewsroomModel.DeskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's word filter (decision 0103): the words searched once for the newsroom's stories and
 * the public ones, only what the user may see, with the stage shown, the tab, section and author
 * combined; its rows read one statement per kind however many stories the words find, on either
 * store.
 */
class DeskWordFilterIT {
  @TempDir Path data;

  private static List<String> rows(List<DeskRow> rows) {
    return rows.stream().map(r -> r.headline() + " | " + r.stage()).toList();
  }

  @Test
  void finds_what_the_user_may_see_in_a_bounded_number_of_statements() {
    try (TestApp app = TestApp.start(data, true)) {
      Wiring w = app.wiring();
      Search search = Objects.requireNonNull(w.search());
      User editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
      User rita = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
      // Given stories with the word in their headlines: a reporter's drafts, an editor's, two of
      // the editor's published (public now, and still newsroom stories)
      List<Story> ritas = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        ritas.add(Newsroom.written(w, rita, "Lighthouse keeper " + i + " retires"));
      }
      List<Story> editors = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        editors.add(Newsroom.written(w, editor, "Lighthouse lamp " + i + " restored"));
      }
      for (Story s : editors.subList(0, 2)) {
        Workflow.Outcome out =
            w.workflow().act(s.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
        assertThat(out.refused()).as(out.refusal()).isFalse();
      }
      search.catchUp();
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), Clock.systemUTC());
      DeskWordFilter filter =
          new DeskWordFilter(search, desk, new DeskRows(w.stories(), desk, w.articles()));
      Edition edition = w.editions().current();

      // When an editor filters every stage by the word
      List<DeskRow> all;
      List<String> statements;
      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        all =
            filter.rows(
                "lighthouse", DeskPages.ALL, Optional.empty(), Optional.empty(), editor, edition);
        statements = sql.statements();
      }

      // Then each story is there once (a published one as its newsroom story), with its stage
      assertThat(rows(all))
          .hasSize(12)
          .contains("Lighthouse lamp 1 restored | Published", "Lighthouse lamp 3 restored | Draft")
          .contains("Lighthouse keeper 5 retires | Draft");
      assertThat(all).allMatch(r -> r.id() > 0);
      // in a few statements, as few as for a page of one story
      List<String> one;
      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        assertThat(
                filter.rows(
                    "keeper 5", DeskPages.ALL, Optional.empty(), Optional.empty(), editor, edition))
            .hasSize(1);
        one = sql.statements();
      }
      assertThat(statements)
          .as(
              "statements for 12 filtered rows, on %s",
              TestStore.postgresql() ? "PostgreSQL" : "SQLite")
          .hasSizeLessThanOrEqualTo(8)
          .hasSizeLessThanOrEqualTo(one.size() + 3);

      // The Published tab: the published ones only
      assertThat(
              rows(
                  filter.rows(
                      "lighthouse",
                      "published",
                      Optional.empty(),
                      Optional.empty(),
                      editor,
                      edition)))
          .containsExactlyInAnyOrder(
              "Lighthouse lamp 1 restored | Published", "Lighthouse lamp 2 restored | Published");
      // A reporter: her own stories only, whatever author she asks for
      for (Optional<Long> author : List.of(Optional.<Long>empty(), Optional.of(editor.id()))) {
        assertThat(
                rows(
                    filter.rows(
                        "lighthouse", DeskPages.ALL, Optional.empty(), author, rita, edition)))
            .hasSize(8)
            .allMatch(r -> r.startsWith("Lighthouse keeper"));
      }
      // An editor's author filter
      assertThat(
              filter.rows(
                  "lighthouse",
                  DeskPages.ALL,
                  Optional.empty(),
                  Optional.of(rita.id()),
                  editor,
                  edition))
          .hasSize(8);

      // A public story without a newsroom story (the demo's first, of no section) is found by an
      // editor only, not under a section, and opens in the editor by its public id
      assertThat(w.articles().find(new ArticleId(1)).orElseThrow().section()).isEmpty();
      List<DeskRow> publicRows =
          filter.rows(
              "denuclearize", DeskPages.ALL, Optional.empty(), Optional.empty(), editor, edition);
      assertThat(publicRows).extracting(DeskRow::href).contains(DeskRows.editHref(1));
      assertThat(publicRows).allMatch(r -> r.id() == 0 && r.stage().equals("Published"));
      assertThat(
              filter.rows(
                  "denuclearize",
                  DeskPages.ALL,
                  Optional.of("No Such Section"),
                  Optional.empty(),
                  editor,
                  edition))
          .isEmpty();
      assertThat(
              filter.rows(
                  "denuclearize", "draft", Optional.empty(), Optional.empty(), editor, edition))
          .isEmpty();
      assertThat(
              filter.rows(
                  "denuclearize", DeskPages.ALL, Optional.empty(), Optional.empty(), rita, edition))
          .isEmpty();
    }
  }

  @Test
  void lists_the_best_public_matches_and_the_newest_stories_of_more_than_it_lists() {
    try (TestApp app = TestApp.start(data, true)) {
      Wiring w = app.wiring();
      Search search = Objects.requireNonNull(w.search());
      User editor = Newsroom.user(w, Role.EDITOR, "Élodie Éditrice");
      // Given 40 public stories with the word, each more often in a shorter body (so no two score
      // alike), and 56 newsroom drafts with it in the headline
      Instant t0 = Instant.parse("2026-11-01T08:00:00Z");
      w.sections().ensure("Science");
      for (int i = 1; i <= 40; i++) {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 40; k++) {
          body.append(k < i ? "glacierwatch " : "열차 駅 filler ");
        }
        var content =
            new ArticleContent(
                "Report " + i,
                "",
                "en",
                "Science",
                List.of("Reporter"),
                Optional.empty(),
                List.of(new Block.Paragraph(body.toString().strip())),
                List.of(),
                5);
        w.articles().publish(content, t0.plusSeconds(60L * (i % 7)), Optional.of("gw:" + i));
      }
      for (int i = 1; i <= 56; i++) {
        Newsroom.written(w, editor, "Glacierwatch draft " + i);
      }
      search.catchUp();

      // When the desk's filter asks for 10 public and 50 newsroom stories
      DeskHits hits =
          search.desk(
              new DeskSearch(
                  "glacierwatch", Optional.empty(), Optional.empty(), Optional.empty(), 50, 10));

      // Then the public ones are the ten best, in the readers' search's order (no ties here)
      List<Long> readers =
          search.find(SearchQuery.reader("glacierwatch")).results().hits().stream()
              .map(SearchResults.Hit::articleId)
              .toList();
      assertThat(readers).hasSize(10);
      assertThat(hits.articleIds()).containsExactlyElementsOf(readers);
      // and the newsroom ones the 50 newest changes, as the Drafts tab lists them
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), Clock.systemUTC());
      List<Long> tab =
          desk
              .tab(
                  new DeskQuery(
                      Stage.DRAFT, Optional.empty(), Optional.empty(), Optional.of("glacierwatch")),
                  editor,
                  50)
              .stream()
              .map(DeskStory::id)
              .toList();
      assertThat(tab).hasSize(50);
      assertThat(hits.storyIds()).containsExactlyElementsOf(tab);
    }
  }
}
