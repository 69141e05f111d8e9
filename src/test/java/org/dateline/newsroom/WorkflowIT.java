package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.changelog.ChangeAction;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.StaleVersion;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowIT {
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  Wiring w;
  User reporter;
  User otherReporter;
  User editor;
  User admin;

  @BeforeEach
  void open() {
    w = TestApp.wiring(TestStore.config(data), clock);
    reporter = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    otherReporter = Newsroom.user(w, Role.REPORTER, "Otto Other");
    editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    admin = Newsroom.user(w, Role.ADMIN, "Ada Admin");
  }

  @AfterEach
  void close() {
    w.close();
  }

  private Request request(Action a) {
    return new Request(
        a, Optional.of(clock.instant().plus(Duration.ofHours(1))), "Corrects the minister's name.");
  }

  /** A story by the reporter, brought to {@code stage} by the admin. */
  private Story storyIn(Stage stage) {
    Story s = Newsroom.written(w, reporter, "Story in " + stage + " " + System.nanoTime());
    List<Action> path =
        switch (stage) {
          case DRAFT -> List.of();
          case SUBMITTED -> List.of(Action.SUBMIT);
          case SCHEDULED -> List.of(Action.SCHEDULE);
          case EMBARGOED -> List.of(Action.EMBARGO);
          case PUBLISHED -> List.of(Action.PUBLISH);
          case KILLED -> List.of(Action.PUBLISH, Action.KILL);
        };
    for (Action a : path) {
      s = w.workflow().apply(s.id(), request(a), admin);
    }
    assertThat(s.stage()).isEqualTo(stage);
    return s;
  }

  /**
   * The workflow as it must be, written out rather than read from {@code Transitions} and {@code
   * Role}: from stage, action, to stage, then who may do it — the reporter on their own story, a
   * reporter on another's, an editor, an administrator ({@code y} or {@code -}). Every (stage,
   * action) not listed is refused for all four.
   */
  static final String EXPECTED =
      """
      DRAFT      SUBMIT      SUBMITTED  y - y y
      SUBMITTED  RETURN      DRAFT      - - y y
      DRAFT      PUBLISH     PUBLISHED  - - y y
      SUBMITTED  PUBLISH     PUBLISHED  - - y y
      DRAFT      SCHEDULE    SCHEDULED  - - y y
      SUBMITTED  SCHEDULE    SCHEDULED  - - y y
      SCHEDULED  UNSCHEDULE  SUBMITTED  - - y y
      SCHEDULED  PUBLISH     PUBLISHED  - - y y
      DRAFT      EMBARGO     EMBARGOED  - - y y
      SUBMITTED  EMBARGO     EMBARGOED  - - y y
      EMBARGOED  PUBLISH     PUBLISHED  - - y y
      PUBLISHED  UPDATE      PUBLISHED  - - y y
      PUBLISHED  CORRECT     PUBLISHED  - - y y
      PUBLISHED  KILL        KILLED     - - y y
      EMBARGOED  KILL        KILLED     - - y y
      EMBARGOED  REEMBARGO   EMBARGOED  - - y y
      KILLED     REINSTATE   PUBLISHED  - - y y
      """;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One line of {@link #EXPECTED}. */
  record Expected(Stage to, String who) {}

  static Map<String, Expected> expected() {
    Map<String, Expected> rows = new LinkedHashMap<>();
    for (String line : EXPECTED.strip().lines().toList()) {
      String[] f = SPACES.split(line.strip());
      assertThat(f).as(line).hasSize(7);
      Stage from = Stage.valueOf(f[0]);
      Action action = Action.valueOf(f[1]);
      Expected e = new Expected(Stage.valueOf(f[2]), f[3] + f[4] + f[5] + f[6]);
      assertThat(e.who()).as(line).matches("[y-]{4}");
      assertThat(rows.put(from + " " + action, e)).as("listed twice: " + line).isNull();
    }
    return rows;
  }

  @Test
  void every_stage_action_and_role_follows_the_table_written_out_here() {
    Map<String, Expected> table = expected();
    List<String> checked = new ArrayList<>();
    int allowed = 0;
    record Actor(String label, User user) {}
    List<Actor> actors =
        List.of(
            new Actor("reporter (own)", reporter),
            new Actor("reporter (other's)", otherReporter),
            new Actor("editor", editor),
            new Actor("admin", admin));
    for (Stage stage : Stage.values()) {
      for (Action action : Action.values()) {
        Expected row = table.get(stage + " " + action);
        for (int i = 0; i < actors.size(); i++) {
          Actor actor = actors.get(i);
          Story s = storyIn(stage);
          String what = stage + " × " + action + " × " + actor.label();
          if (row != null && row.who().charAt(i) == 'y') {
            Story after = w.workflow().apply(s.id(), request(action), actor.user());
            assertThat(after.stage()).as(what).isEqualTo(row.to());
            assertThat(w.stories().auditTrail(s.id(), admin))
                .as(what)
                .last()
                .satisfies(e -> assertThat(e.action()).isEqualTo(action))
                .satisfies(e -> assertThat(e.from()).isEqualTo(stage))
                .satisfies(e -> assertThat(e.who()).isEqualTo(actor.user().name()));
            allowed++;
          } else {
            assertThatThrownBy(() -> w.workflow().apply(s.id(), request(action), actor.user()))
                .as(what)
                .isInstanceOfAny(NotAllowed.class, WorkflowRefused.class);
            assertThat(w.stories().find(s.id()).orElseThrow().stage()).as(what).isEqualTo(stage);
          }
          checked.add(what);
        }
      }
    }
    assertThat(checked).hasSize(6 * 11 * 4);
    assertThat(allowed).as("the y cells of the table").isEqualTo(35);
  }

  @Test
  void publishing_writes_the_public_record_and_the_change_log() {
    Story s = Newsroom.written(w, reporter, "Parliament passes budget");
    s = w.workflow().apply(s.id(), Request.of(Action.SUBMIT), reporter);
    s = w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
    var article = w.articles().find(new ArticleId(s.articleId().orElseThrow())).orElseThrow();
    assertThat(article.state()).isEqualTo(ArticleState.PUBLISHED);
    assertThat(article.headline()).isEqualTo("Parliament passes budget");

    s =
        w.stories()
            .save(
                s.id(),
                s.version(),
                Newsroom.completeDraft("Parliament passes record budget", "National"),
                editor,
                "");
    w.workflow().apply(s.id(), Request.of(Action.UPDATE), editor);
    w.workflow()
        .apply(
            s.id(),
            new Request(
                Action.CORRECT, Optional.empty(), "An earlier version misstated the total."),
            editor);
    article = w.articles().find(article.id()).orElseThrow();
    assertThat(article.headline()).isEqualTo("Parliament passes record budget");
    assertThat(article.version()).isEqualTo(3);
    assertThat(article.correction())
        .hasValueSatisfying(
            c -> assertThat(c.text()).isEqualTo("An earlier version misstated the total."));
    w.workflow().apply(s.id(), new Request(Action.KILL, Optional.empty(), "Legal advice."), editor);
    assertThat(w.articles().find(article.id()).orElseThrow().state())
        .isEqualTo(ArticleState.KILLED);
    assertThat(w.changeLog().after(0, 100))
        .extracting(e -> e.action())
        .containsExactly(
            ChangeAction.PUBLISHED,
            ChangeAction.UPDATED,
            ChangeAction.CORRECTED,
            ChangeAction.KILLED);
  }

  @Test
  void an_incomplete_story_cannot_go_out_and_a_correction_needs_a_note() {
    Story blank = w.stories().create(reporter);
    assertThatThrownBy(() -> w.workflow().apply(blank.id(), Request.of(Action.SUBMIT), reporter))
        .isInstanceOf(WorkflowRefused.class)
        .hasMessage("The story needs a headline.");
    Story published = storyIn(Stage.PUBLISHED);
    assertThatThrownBy(() -> w.workflow().apply(published.id(), Request.of(Action.CORRECT), editor))
        .isInstanceOf(WorkflowRefused.class)
        .hasMessageContaining("needs a note");
    Story draft = Newsroom.written(w, reporter, "Needs a time");
    assertThatThrownBy(
            () ->
                w.workflow()
                    .apply(
                        draft.id(),
                        new Request(
                            Action.SCHEDULE, Optional.of(clock.instant().minusSeconds(5)), ""),
                        editor))
        .isInstanceOf(WorkflowRefused.class)
        .hasMessageContaining("in the future");
  }

  @Test
  void the_scheduler_publishes_on_time_and_lifts_embargoes_also_after_a_restart() {
    Story scheduled = Newsroom.written(w, reporter, "Scheduled story");
    w.workflow()
        .apply(
            scheduled.id(),
            new Request(
                Action.SCHEDULE, Optional.of(clock.instant().plus(Duration.ofMinutes(10))), ""),
            editor);
    Story embargoed = Newsroom.written(w, reporter, "Embargoed story");
    embargoed =
        w.workflow()
            .apply(
                embargoed.id(),
                new Request(
                    Action.EMBARGO, Optional.of(clock.instant().plus(Duration.ofMinutes(30))), ""),
                editor);
    long embargoedArticle = embargoed.articleId().orElseThrow();
    assertThat(w.articles().find(new ArticleId(embargoedArticle)).orElseThrow().isPublic())
        .isFalse();

    assertThat(w.scheduler().runDue()).isZero();
    clock.advance(Duration.ofMinutes(11));
    assertThat(w.scheduler().runDue()).isEqualTo(1);
    Story published = w.stories().find(scheduled.id()).orElseThrow();
    assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
    assertThat(
            w.articles()
                .find(new ArticleId(published.articleId().orElseThrow()))
                .orElseThrow()
                .firstPublishedAt())
        .isEqualTo(clock.instant());
    assertThat(w.stories().auditTrail(scheduled.id(), admin))
        .last()
        .satisfies(e -> assertThat(e.who()).isEqualTo("scheduler"));

    // The process stops; the embargo ends while it is down; the next start lifts it.
    w.close();
    clock.advance(Duration.ofHours(1));
    w = TestApp.wiring(TestStore.config(data), clock);
    assertThat(w.scheduler().runDue()).isEqualTo(1);
    assertThat(w.articles().find(new ArticleId(embargoedArticle)).orElseThrow().isPublic())
        .isTrue();
    assertThat(w.stories().find(embargoed.id()).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);
  }

  @Test
  void a_stale_save_is_refused_and_overwrites_nothing() {
    Story s = Newsroom.written(w, reporter, "Original headline");
    int opened = s.version();
    w.stories()
        .save(
            s.id(), opened, Newsroom.completeDraft("Editor's headline", "National"), reporter, "");
    assertThatThrownBy(
            () ->
                w.stories()
                    .save(
                        s.id(),
                        opened,
                        Newsroom.completeDraft("Late headline", "National"),
                        reporter,
                        ""))
        .isInstanceOf(StaleVersion.class)
        .satisfies(
            e -> {
              StaleVersion stale = (StaleVersion) e;
              assertThat(stale.base().draft().headline()).isEqualTo("Original headline");
              assertThat(stale.current().draft().headline()).isEqualTo("Editor's headline");
              assertThat(stale.attempted().headline()).isEqualTo("Late headline");
            });
    assertThat(w.stories().find(s.id()).orElseThrow().draft().headline())
        .isEqualTo("Editor's headline");
  }

  @Test
  void every_version_is_kept_and_an_old_one_can_be_restored() {
    Story s = Newsroom.written(w, reporter, "First");
    s =
        w.stories()
            .save(s.id(), s.version(), Newsroom.completeDraft("Second", "National"), reporter, "");
    s = w.stories().restore(s.id(), 2, reporter);
    assertThat(s.draft().headline()).isEqualTo("First");
    assertThat(w.stories().history(s.id(), reporter))
        .extracting(r -> r.version())
        .containsExactly(4, 3, 2, 1);
    assertThat(w.stories().history(s.id(), reporter).get(0).note()).isEqualTo("restored version 2");
  }

  @Test
  void a_draft_written_under_a_sections_old_name_publishes_into_the_renamed_section() {
    Story s = Newsroom.written(w, reporter, "Filed under the old name"); // section "National"
    var sectionId =
        w.articles()
            .publish(
                Newsroom.completeDraft("Seeds the section", "National").toContent("en"),
                clock.instant(),
                Optional.empty())
            .article()
            .section()
            .orElseThrow()
            .id();
    w.database()
        .jdbi()
        .useHandle(h -> h.execute("UPDATE sections SET name = 'Domestic' WHERE id = ?", sectionId));

    Story published = w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
    var article =
        w.articles().find(new ArticleId(published.articleId().orElseThrow())).orElseThrow();
    assertThat(article.section().orElseThrow().id()).isEqualTo(sectionId);
    assertThat(article.section().orElseThrow().name()).isEqualTo("Domestic");
  }

  @Test
  void the_last_active_administrator_cannot_be_demoted_or_deactivated() {
    assertThatThrownBy(() -> w.users().changeRole(admin.id(), Role.EDITOR))
        .isInstanceOf(org.dateline.newsroom.auth.AuthFailed.class)
        .hasMessageContaining("last active administrator");
    assertThatThrownBy(() -> w.users().setActive(admin.id(), false))
        .hasMessageContaining("last active administrator");
    User second = Newsroom.user(w, Role.ADMIN, "Second Admin");
    w.users().changeRole(admin.id(), Role.EDITOR);
    assertThat(w.users().byId(admin.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
    assertThatThrownBy(() -> w.users().setActive(second.id(), false))
        .hasMessageContaining("last active administrator");
  }

  @Test
  void reporters_see_and_change_only_their_own_drafts() {
    Story mine = Newsroom.written(w, reporter, "Mine");
    assertThatThrownBy(() -> w.stories().get(mine.id(), otherReporter))
        .isInstanceOf(NotAllowed.class);
    Story submitted = w.workflow().apply(mine.id(), Request.of(Action.SUBMIT), reporter);
    assertThatThrownBy(
            () ->
                w.stories()
                    .save(
                        mine.id(),
                        submitted.version(),
                        Newsroom.completeDraft("X", ""),
                        reporter,
                        ""))
        .isInstanceOf(NotAllowed.class)
        .hasMessageContaining("with the desk");
    assertThat(
            w.stories()
                .save(
                    mine.id(),
                    submitted.version(),
                    Newsroom.completeDraft("Edited", ""),
                    editor,
                    "")
                .draft()
                .headline())
        .isEqualTo("Edited");
  }
}
