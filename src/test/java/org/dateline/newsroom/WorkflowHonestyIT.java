package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.changelog.ChangeAction;
import org.dateline.distribution.PubStatus;
import org.dateline.distribution.WireItem;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow's rules, in its facades: an action and the edit it comes with are one unit; a kill
 * says why, and can be undone by reinstating; an embargo's time can move; a published story knows
 * when its working copy is ahead of what readers have; and one rule says who may edit.
 */
class WorkflowHonestyIT {
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  Wiring w;
  User reporter;
  User editor;

  @BeforeEach
  void open() {
    w = TestApp.wiring(Config.of(data, "127.0.0.1", 0), clock);
    reporter = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
  }

  @AfterEach
  void close() {
    w.close();
  }

  private Story published(String headline) {
    Story s = Newsroom.written(w, editor, headline);
    return w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
  }

  private Article article(Story s) {
    return w.articles().find(new ArticleId(s.articleId().orElseThrow())).orElseThrow();
  }

  private WireItem wireNow(Story s) {
    Article a = article(s);
    return w.wire().item(a.id().value(), a.version());
  }

  @Test
  void given_an_edit_with_a_refused_correction_when_acted_on_then_nothing_is_written() {
    Story s = published("Port strike ends");
    long changes = w.changeLog().after(0, 1000).size();
    Draft edited = Newsroom.completeDraft("Port strike ends after three weeks", "National");

    Workflow.Outcome outcome =
        w.workflow()
            .act(
                s.id(),
                Optional.of(new Workflow.Edit(s.version(), edited)),
                new Request(Action.CORRECT, Optional.empty(), "  "),
                editor);

    assertThat(outcome.refused()).isTrue();
    assertThat(outcome.refusal()).contains("correction needs a note");
    assertThat(outcome.field()).isEqualTo("note");
    Story after = w.stories().find(s.id()).orElseThrow();
    assertThat(after.version()).as("the edit it came with is not saved").isEqualTo(s.version());
    assertThat(after.draft().headline()).isEqualTo("Port strike ends");
    assertThat(w.stories().history(s.id(), editor)).hasSize(s.version());
    assertThat(article(s).headline()).isEqualTo("Port strike ends");
    assertThat(w.changeLog().after(0, 1000)).hasSize((int) changes);
  }

  @Test
  void given_an_edit_with_an_allowed_action_when_acted_on_then_both_are_written() {
    Story s = published("Port strike ends");
    Draft edited = Newsroom.completeDraft("Port strike ends after three weeks", "National");

    Workflow.Outcome outcome =
        w.workflow()
            .act(
                s.id(),
                Optional.of(new Workflow.Edit(s.version(), edited)),
                new Request(Action.CORRECT, Optional.empty(), "The strike lasted three weeks."),
                editor);

    assertThat(outcome.refused()).isFalse();
    assertThat(outcome.story().orElseThrow().version()).isEqualTo(s.version() + 1);
    assertThat(article(s).headline()).isEqualTo("Port strike ends after three weeks");
    assertThat(article(s).correction().orElseThrow().text())
        .isEqualTo("The strike lasted three weeks.");
  }

  @Test
  void a_kill_without_a_reason_is_refused_and_its_reason_reaches_readers_and_subscribers() {
    Story s = published("Minister resigns");
    assertThatThrownBy(() -> w.workflow().apply(s.id(), Request.of(Action.KILL), editor))
        .isInstanceOf(WorkflowRefused.class)
        .hasMessageContaining("needs a reason");
    assertThat(article(s).state()).isEqualTo(ArticleState.PUBLISHED);

    w.workflow()
        .apply(
            s.id(),
            new Request(Action.KILL, Optional.empty(), "The minister did not resign: 사실 아님."),
            editor);

    Article killed = article(s);
    assertThat(killed.state()).isEqualTo(ArticleState.KILLED);
    assertThat(w.articles().killNote(killed)).contains("The minister did not resign: 사실 아님.");
    WireItem item = wireNow(s);
    assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
    assertThat(item.editorNote().orElseThrow()).contains("The minister did not resign: 사실 아님.");
  }

  @Test
  void a_reinstated_story_is_public_again_as_a_new_version_audited_and_usable_on_the_wire() {
    Story s = published("Bridge closes for repairs");
    w.workflow().apply(s.id(), new Request(Action.KILL, Optional.empty(), "Wrong bridge."), editor);
    int killedVersion = article(s).version();
    assertThatThrownBy(() -> w.workflow().apply(s.id(), Request.of(Action.REINSTATE), reporter))
        .isInstanceOf(NotAllowed.class);

    Story after = w.workflow().apply(s.id(), Request.of(Action.REINSTATE), editor);

    assertThat(after.stage()).isEqualTo(Stage.PUBLISHED);
    Article a = article(s);
    assertThat(a.state()).isEqualTo(ArticleState.PUBLISHED);
    assertThat(a.version()).isEqualTo(killedVersion + 1);
    assertThat(w.articles().killNote(a)).isEmpty();
    assertThat(wireNow(s).pubStatus()).isEqualTo(PubStatus.USABLE);
    assertThat(w.changeLog().after(0, 100))
        .extracting(e -> e.action())
        .containsExactly(ChangeAction.PUBLISHED, ChangeAction.KILLED, ChangeAction.UPDATED);
    assertThat(w.stories().auditTrail(s.id(), editor))
        .last()
        .satisfies(e -> assertThat(e.action()).isEqualTo(Action.REINSTATE))
        .satisfies(e -> assertThat(e.from()).isEqualTo(Stage.KILLED))
        .satisfies(e -> assertThat(e.to()).isEqualTo(Stage.PUBLISHED));
  }

  @Test
  void an_embargo_moved_later_ends_at_its_new_time_and_not_before() {
    Story written = Newsroom.written(w, editor, "Budget figures under embargo");
    Instant first = clock.instant().plus(Duration.ofHours(1));
    Instant later = clock.instant().plus(Duration.ofHours(3));
    Story s =
        w.workflow()
            .apply(written.id(), new Request(Action.EMBARGO, Optional.of(first), ""), editor);
    assertThatThrownBy(
            () ->
                w.workflow()
                    .apply(
                        s.id(),
                        new Request(
                            Action.REEMBARGO, Optional.of(clock.instant().minusSeconds(1)), ""),
                        editor))
        .isInstanceOf(WorkflowRefused.class)
        .hasMessageContaining("in the future");

    Story moved =
        w.workflow().apply(s.id(), new Request(Action.REEMBARGO, Optional.of(later), ""), editor);

    assertThat(moved.stage()).isEqualTo(Stage.EMBARGOED);
    assertThat(moved.embargoUntil()).contains(later);
    assertThat(article(moved).embargoUntil()).contains(later);
    clock.advance(Duration.ofHours(2));
    assertThat(w.scheduler().runDue()).isZero();
    assertThat(article(moved).isPublic()).isFalse();
    clock.advance(Duration.ofHours(2));
    assertThat(w.scheduler().runDue()).isEqualTo(1);
    assertThat(article(moved).isPublic()).isTrue();
  }

  @Test
  void a_published_story_has_changes_not_published_after_an_edit_or_a_restore_until_updated() {
    Story s = published("Airport opens new terminal");
    assertThat(w.stories().live(s).orElseThrow().changed()).isFalse();

    s =
        w.stories()
            .save(
                s.id(),
                s.version(),
                Newsroom.completeDraft("Airport opens new terminal on Monday", "National"),
                editor,
                "");
    var live = w.stories().live(s).orElseThrow();
    assertThat(live.changed()).isTrue();
    assertThat(live.headline()).isEqualTo("Airport opens new terminal");

    s = w.workflow().apply(s.id(), Request.of(Action.UPDATE), editor);
    assertThat(w.stories().live(s).orElseThrow().changed()).isFalse();

    s = w.stories().restore(s.id(), 1, editor);
    assertThat(w.stories().live(s).orElseThrow().changed()).as("a restore counts too").isTrue();
    assertThat(w.stories().live(s).orElseThrow().headline())
        .isEqualTo("Airport opens new terminal on Monday");
  }

  @Test
  void the_one_edit_rule_agrees_with_what_a_save_does_for_every_stage_and_role() {
    User otherReporter = Newsroom.user(w, Role.REPORTER, "Otto Other");
    Story draft = Newsroom.written(w, reporter, "Own draft");
    Story submitted = Newsroom.written(w, reporter, "Submitted draft");
    submitted = w.workflow().apply(submitted.id(), Request.of(Action.SUBMIT), reporter);
    Story live = published("Live story");
    Story killed = published("Killed story");
    killed =
        w.workflow()
            .apply(killed.id(), new Request(Action.KILL, Optional.empty(), "Legal."), editor);
    for (Story s : List.of(draft, submitted, live, killed)) {
      for (User u : List.of(reporter, otherReporter, editor)) {
        Story current = w.stories().find(s.id()).orElseThrow();
        boolean saved;
        try {
          w.stories().save(current.id(), current.version(), current.draft(), u, "probe");
          saved = true;
        } catch (NotAllowed | WorkflowRefused e) {
          saved = false;
        }
        assertThat(w.stories().mayEdit(current, u))
            .as(current.stage() + " story × " + u.name())
            .isEqualTo(saved);
      }
    }
    assertThat(w.stories().mayEdit(draft, reporter)).isTrue();
    assertThat(w.stories().mayEdit(submitted, reporter)).isFalse();
    assertThat(w.stories().mayEdit(killed, editor)).isFalse();
  }
}
