package org.dateline.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published story's desk row tells its changes not published from two stored fingerprints
 * (decision 0129): its draft's ({@code stories.draft_fingerprint}) and its public record's ({@code
 * articles.content_hash}). That holds only if every stored public fingerprint is the fingerprint of
 * the story read back, and the row must say what the comparison of the whole draft with the whole
 * public record says (decision 0034), on both stores.
 */
class DeskFingerprintsIT {
  private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
  private static final List<String> HEADLINES =
      List.of(
          "서울 지하철 9호선 연장 개통",
          "東京の新しい図書館が開館",
          "北京举办国际书展",
          "مهرجان الكتاب في الرياض",
          "Café Zürich öffnet wieder, señor Ñúñez",
          "Harbour ferry timetable approved");

  @TempDir Path data;

  @Test
  void every_public_records_stored_fingerprint_is_the_fingerprint_of_the_story_read_back() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      // the demo (its imports, editions and translations), generated stories, newsroom publishes
      // in every script, a correction, and public stories opened in the newsroom
      w.demo().load();
      w.demo().generate(60);
      User editor = Newsroom.user(w, Role.EDITOR, "Fingerprint Checker");
      publishInEveryScript(w, editor);

      Map<Long, String> stored = contentHashes(w);
      assertThat(stored).hasSizeGreaterThan(80);
      var whole = w.articles().findAll(stored.keySet().stream().map(ArticleId::new).toList());
      assertThat(whole).hasSameSizeAs(stored);
      whole.forEach(
          (id, article) ->
              assertThat(stored.get(id.value()))
                  .as("the stored fingerprint of story %s, %s", id.value(), article.headline())
                  .isEqualTo(article.content().fingerprint()));
    }
  }

  @Test
  void a_published_storys_row_says_what_comparing_its_whole_draft_and_public_record_says() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      User editor = Newsroom.user(w, Role.EDITOR, "Row Comparer");
      publishInEveryScript(w, editor);
      List<Story> published = published(w, editor);

      // a story with changes not published, one changed and changed back, a restored version
      Story changed = published.get(0);
      w.stories()
          .save(changed.id(), changed.version(), retitled(changed.draft(), " (new)"), editor, "");
      Story back = published.get(1);
      Story moved =
          w.stories().save(back.id(), back.version(), retitled(back.draft(), " !"), editor, "");
      w.stories().save(moved.id(), moved.version(), back.draft(), editor, "");
      Story restored = published.get(2);
      Story edited =
          w.stories()
              .save(restored.id(), restored.version(), retitled(restored.draft(), "?"), editor, "");
      w.stories().restore(edited.id(), restored.version(), editor);
      // a story of a store older than V35: no stored fingerprint
      Story old = published.get(3);
      w.database()
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE stories SET draft_fingerprint = NULL WHERE id = :id")
                      .bind("id", old.id())
                      .execute());

      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      DeskRows rows = new DeskRows(w.stories(), desk, w.articles());
      Edition edition = w.editions().current();
      List<DeskStory> tab = publishedTab(desk, editor);
      assertThat(tab).hasSizeGreaterThan(HEADLINES.size());

      List<NewsroomModel.DeskRow> listed = rows.storyRows(tab, editor, edition);

      List<NewsroomModel.DeskRow> expected = new ArrayList<>();
      for (DeskStory s : tab) {
        Story story = w.stories().get(s.id(), editor);
        Optional<Stories.Live> live = w.stories().live(story);
        NewsroomModel.DeskRow row = listed.get(expected.size());
        expected.add(
            new NewsroomModel.DeskRow(
                row.id(),
                row.href(),
                live.map(Stories.Live::headline).orElse(story.draft().headline()),
                row.section(),
                row.author(),
                story.stage().label()
                    + (live.filter(Stories.Live::changed).isPresent()
                        ? " · changes not published"
                        : ""),
                row.updated(),
                row.editing(),
                row.publicHref(),
                row.edition()));
      }
      assertThat(listed).containsExactlyElementsOf(expected);
      assertThat(listed)
          .filteredOn(r -> r.id() == changed.id())
          .singleElement()
          .satisfies(r -> assertThat(r.stage()).endsWith("changes not published"));
      assertThat(listed)
          .filteredOn(r -> r.id() == back.id() || r.id() == restored.id() || r.id() == old.id())
          .hasSize(3)
          .allSatisfy(r -> assertThat(r.stage()).isEqualTo(Stage.PUBLISHED.label()));
      // ...and the unchanged ones were told so by their fingerprints, without their drafts
      assertThat(tab)
          .filteredOn(s -> s.id() != changed.id() && s.id() != old.id())
          .allSatisfy(
              s -> {
                assertThat(s.unchangedLive()).as("story %s", s.id()).isPresent();
                assertThat(s.published()).isEmpty();
              });
      assertThat(tab)
          .filteredOn(s -> s.id() == changed.id() || s.id() == old.id())
          .allSatisfy(s -> assertThat(s.published()).isPresent());

      // a publish (here an update) fills the fingerprint of a story that had none
      Workflow.Outcome update =
          w.workflow().act(old.id(), Optional.empty(), Workflow.Request.of(Action.UPDATE), editor);
      assertThat(update.refused()).as(update.refusal()).isFalse();
      assertThat(publishedTab(desk, editor))
          .filteredOn(s -> s.id() == old.id())
          .singleElement()
          .satisfies(s -> assertThat(s.unchangedLive()).isPresent());
    }
  }

  private static Draft retitled(Draft d, String suffix) {
    return new Draft(
        d.headline() + suffix,
        d.summary(),
        d.section(),
        d.bylines(),
        d.datelinePlace(),
        d.datelineDate(),
        d.datelineSource(),
        d.body(),
        d.tags(),
        d.urgency(),
        d.presentation());
  }

  private static void publishInEveryScript(Wiring w, User editor) {
    for (String headline : HEADLINES) {
      Story story = Newsroom.written(w, editor, headline);
      Workflow.Outcome out =
          w.workflow()
              .act(story.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
      assertThat(out.refused()).as(out.refusal()).isFalse();
    }
    // a correction of the last one, and the demo's public stories opened in the newsroom
    Story last = published(w, editor).get(0);
    Story saved =
        w.stories()
            .save(last.id(), last.version(), retitled(last.draft(), ", corrected"), editor, "");
    Workflow.Outcome corrected =
        w.workflow()
            .act(
                saved.id(),
                Optional.empty(),
                new Workflow.Request(Action.CORRECT, Optional.empty(), "A name was wrong."),
                editor);
    assertThat(corrected.refused()).as(corrected.refusal()).isFalse();
    for (long articleId : contentHashes(w).keySet().stream().limit(5).toList()) {
      w.stories().forArticle(articleId, editor);
    }
  }

  private static List<Story> published(Wiring w, User editor) {
    return w.stories()
        .desk(
            new DeskQuery(Stage.PUBLISHED, Optional.empty(), Optional.empty(), Optional.empty()),
            editor,
            200);
  }

  private static List<DeskStory> publishedTab(Desk desk, User editor) {
    return desk.tab(
        new DeskQuery(Stage.PUBLISHED, Optional.empty(), Optional.empty(), Optional.empty()),
        editor,
        200);
  }

  private static Map<Long, String> contentHashes(Wiring w) {
    Map<Long, String> out = new java.util.TreeMap<>();
    w.database()
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT id, content_hash FROM articles")
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("content_hash")))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }
}
