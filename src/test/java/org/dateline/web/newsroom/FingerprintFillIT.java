package org.dateline.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.Wiring;
import org.dateline.demo.GeneratedNewsroom;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.FingerprintFill;
import org.dateline.newsroom.workflow.MissingFingerprints;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories without a stored draft fingerprint — a store older than V35, made here by removing
 * them with SQL — get the fingerprint of their draft read back, a batch at a time, without ever
 * overwriting a save that raced the fill, and the desk's rows say the same before and after
 * (decision 0132), on both stores.
 */
class FingerprintFillIT {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final List<String> HEADLINES =
      List.of(
          "부산 국제영화제 개막",
          "大阪の新しい美術館が開館",
          "上海举办国际书展",
          "افتتاح معرض الكتاب في القاهرة",
          "Crème brûlée à Montréal, señor Núñez",
          "Harbour ferry timetable approved");

  @TempDir Path data;

  @Test
  void stories_without_fingerprints_get_those_of_their_drafts_and_the_desk_rows_stay_the_same()
      throws InterruptedException {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      w.demo().loadEditions();
      User editor = Newsroom.user(w, Role.EDITOR, "Fill Checker");
      publishInEveryScript(w, editor);
      // generated drafts and submitted stories, public stories opened in the newsroom, a
      // translation, a blank draft (which cannot be published, so has no fingerprint)
      new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock).ensure(40);
      w.stories().forArticle(1, editor);
      w.stories().forArticle(2, editor);
      Story source = Newsroom.written(w, editor, "서울 지하철 9호선 연장 개통");
      w.stories().createTranslation(source.id(), "ja", "group-fill", editor);
      Story blank = w.stories().create(editor);

      Map<Long, String> written = fingerprints(w);
      assertThat(written).hasSizeGreaterThan(40);
      assertThat(written).containsEntry(blank.id(), null);
      assertThat(written.entrySet())
          .filteredOn(e -> e.getKey() != blank.id())
          .allSatisfy(e -> assertThat(e.getValue()).as("story %s", e.getKey()).isNotNull());
      Desk desk = new Desk(StoryTables.desk(w.database().jdbi()), clock);
      Map<Stage, List<NewsroomModel.DeskRow>> before = rows(w, desk, editor);

      removeFingerprints(w);
      assertThat(rows(w, desk, editor)).isEqualTo(before);
      assertThat(publishedTab(desk, editor)).allSatisfy(s -> assertThat(s.published()).isPresent());

      // the newest first (the desk's first pages): one batch of 7 fills the 7 highest ids but the
      // blank draft (the newest, which cannot have one)
      FingerprintFill.Step first = fill(w, 7).next(Long.MAX_VALUE);
      List<Long> newest =
          ((java.util.TreeMap<Long, String>) written).descendingKeySet().stream().limit(7).toList();
      assertThat(first).isEqualTo(new FingerprintFill.Step(7, 6, newest.get(6), false));
      assertThat(fingerprints(w).entrySet())
          .filteredOn(e -> e.getValue() != null)
          .extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrderElementsOf(
              newest.stream().filter(id -> id != blank.id()).toList());

      // then batches of 7 to the end: several, the last one short
      FingerprintFill.Pass pass = fill(w, 7).run(Duration.ZERO);

      assertThat(pass.read()).isEqualTo(written.size() - 6);
      assertThat(pass.written()).isEqualTo(written.size() - 7);
      Map<Long, String> filled = fingerprints(w);
      assertThat(filled).isEqualTo(written);
      filled.forEach(
          (id, fingerprint) ->
              assertThat(fingerprint)
                  .as("story %s", id)
                  .isEqualTo(ofDraftReadBack(w, editor, id).orElse(null)));
      assertThat(rows(w, desk, editor)).isEqualTo(before);
      assertThat(publishedTab(desk, editor))
          .hasSizeGreaterThan(HEADLINES.size())
          .allSatisfy(s -> assertThat(s.unchangedLive()).as("story %s", s.id()).isPresent());

      // a second pass finds only the blank draft, and writes nothing
      assertThat(fill(w, 7).run(Duration.ZERO)).isEqualTo(new FingerprintFill.Pass(1, 0));
    }
  }

  @Test
  void a_save_between_the_fills_read_and_its_write_keeps_its_own_fingerprint() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      User editor = Newsroom.user(w, Role.EDITOR, "Race Checker");
      publishInEveryScript(w, editor);
      List<Story> published = published(w, editor);
      removeFingerprints(w);
      MissingFingerprints store = StoryTables.missingFingerprints(w.database().jdbi());

      // the fill reads every story as it is, and computes their fingerprints...
      List<MissingFingerprints.Unfingerprinted> read = store.before(Long.MAX_VALUE, 100);
      assertThat(read).hasSize(published.size());
      List<MissingFingerprints.Fingerprinted> computed = new ArrayList<>();
      for (MissingFingerprints.Unfingerprinted s : read) {
        computed.add(
            new MissingFingerprints.Fingerprinted(
                s.id(), s.version(), ofDraftReadBack(w, editor, s.id()).orElseThrow()));
      }
      // ...meanwhile one story is saved with a new headline, one as a draft that cannot be
      // published (no fingerprint), and one is published again (an update writes it)
      Story retitled = published.get(0);
      Story saved =
          w.stories()
              .save(
                  retitled.id(),
                  retitled.version(),
                  retitled.draft().withHeadline("Ferry timetable changed again"),
                  editor,
                  "");
      Story emptied = published.get(1);
      w.stories()
          .save(emptied.id(), emptied.version(), emptied.draft().withHeadline(""), editor, "");
      Story updated = published.get(2);
      Workflow.Outcome update =
          w.workflow()
              .act(updated.id(), Optional.empty(), Workflow.Request.of(Action.UPDATE), editor);
      assertThat(update.refused()).as(update.refusal()).isFalse();
      Map<Long, String> afterSaves = fingerprints(w);

      // ...then the fill writes what it computed: only where nothing happened meanwhile
      int written = store.fill(computed);

      assertThat(written).isEqualTo(published.size() - 3);
      Map<Long, String> stored = fingerprints(w);
      assertThat(stored.get(saved.id()))
          .isEqualTo(afterSaves.get(saved.id()))
          .isEqualTo(ofDraftReadBack(w, editor, saved.id()).orElseThrow())
          .isNotEqualTo(computedFor(computed, saved.id()));
      assertThat(stored).containsEntry(emptied.id(), null);
      assertThat(stored.get(updated.id()))
          .isEqualTo(afterSaves.get(updated.id()))
          .isEqualTo(ofDraftReadBack(w, editor, updated.id()).orElseThrow());
      stored.forEach(
          (id, fingerprint) ->
              assertThat(fingerprint)
                  .as("story %s", id)
                  .isEqualTo(ofDraftReadBack(w, editor, id).orElse(null)));
    }
  }

  @Test
  void in_the_background_the_fill_waits_for_the_first_request_then_runs_to_the_end()
      throws InterruptedException {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Wiring w = new Wiring(TestStore.config(data), clock)) {
      w.demo().load();
      new GeneratedNewsroom(w.articles(), w.users(), w.generatedStories(), clock).ensure(30);
      Map<Long, String> written = fingerprints(w);
      removeFingerprints(w);
      java.util.concurrent.atomic.AtomicLong requests =
          new java.util.concurrent.atomic.AtomicLong();

      try (FingerprintFill.Background fill =
          fill(w, 4).inBackground(requests::get, Duration.ofMinutes(10), Duration.ofMillis(1))) {
        fill.await(Duration.ofMillis(300));
        assertThat(fill.finished()).isEmpty();
        assertThat(fingerprints(w).values()).containsOnlyNulls();

        requests.incrementAndGet(); // the first request
        fill.await(Duration.ofSeconds(60));

        assertThat(fill.finished()).contains(new FingerprintFill.Pass(30, 30));
        assertThat(fingerprints(w)).isEqualTo(written);
      }
    }
  }

  private static FingerprintFill fill(Wiring w, int batch) {
    return new FingerprintFill(
        StoryTables.missingFingerprints(w.database().jdbi()), w.stories(), batch);
  }

  private static String computedFor(List<MissingFingerprints.Fingerprinted> computed, long id) {
    return computed.stream().filter(c -> c.id() == id).findFirst().orElseThrow().fingerprint();
  }

  /** The fingerprint of a story's draft as read back, computed here as a publish makes it. */
  private static Optional<String> ofDraftReadBack(Wiring w, User user, long id) {
    Story story = w.stories().get(id, user);
    Draft draft = story.draft();
    try {
      return Optional.of(
          draft.toContent(w.editions().of(story.edition()).language()).fingerprint());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void publishInEveryScript(Wiring w, User editor) {
    for (String headline : HEADLINES) {
      Story story = Newsroom.written(w, editor, headline);
      Workflow.Outcome out =
          w.workflow()
              .act(story.id(), Optional.empty(), Workflow.Request.of(Action.PUBLISH), editor);
      assertThat(out.refused()).as(out.refusal()).isFalse();
    }
  }

  private static void removeFingerprints(Wiring w) {
    w.database()
        .jdbi()
        .useHandle(h -> h.createUpdate("UPDATE stories SET draft_fingerprint = NULL").execute());
  }

  private static Map<Long, String> fingerprints(Wiring w) {
    Map<Long, String> out = new TreeMap<>();
    w.database()
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT id, draft_fingerprint FROM stories")
                    .map(
                        (rs, ctx) ->
                            new java.util.AbstractMap.SimpleEntry<>(
                                rs.getLong("id"), rs.getString("draft_fingerprint")))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Every stage tab's rows, as the desk shows them. */
  private static Map<Stage, List<NewsroomModel.DeskRow>> rows(Wiring w, Desk desk, User editor) {
    DeskRows rows = new DeskRows(w.stories(), desk, w.articles());
    Edition edition = w.editions().current();
    Map<Stage, List<NewsroomModel.DeskRow>> out = new TreeMap<>();
    for (Stage stage : Stage.values()) {
      out.put(
          stage,
          rows.storyRows(
              desk.tab(
                  new DeskQuery(stage, Optional.empty(), Optional.empty(), Optional.empty()),
                  editor,
                  500),
              editor,
              edition));
    }
    return out;
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
}
