package org.dateline.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback is taken only on a story readers can see: the facade itself refuses a story id that is
 * not public (no story, under embargo, killed), whoever calls it, and stores nothing; over HTTP
 * that is a 4xx.
 */
class FeedbackOnPublicStoriesIT {
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  TestApp app;
  Feedbacks feedbacks;
  User editor;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
    feedbacks = app.wiring().feedbacks();
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private long embargoed(String headline) {
    Story s = Newsroom.written(app.wiring(), editor, headline);
    Instant until = clock.instant().plus(Duration.ofHours(2));
    return app.wiring()
        .workflow()
        .apply(s.id(), new Request(Action.EMBARGO, Optional.of(until), ""), editor)
        .articleId()
        .orElseThrow();
  }

  private long published(String headline) {
    Story s = Newsroom.written(app.wiring(), editor, headline);
    return app.wiring()
        .workflow()
        .apply(s.id(), Request.of(Action.PUBLISH), editor)
        .articleId()
        .orElseThrow();
  }

  private long killed(String headline) {
    long id = published(headline);
    Story s = app.wiring().stories().forArticle(id, editor);
    app.wiring()
        .workflow()
        .apply(s.id(), new Request(Action.KILL, Optional.empty(), "Legal advice."), editor);
    return id;
  }

  private Feedbacks.Result send(long articleId, String text, String client) {
    return feedbacks.submit(new Feedbacks.Submission(articleId, text, "", client));
  }

  @Test
  void given_a_story_that_is_not_public_when_feedback_is_filed_then_the_facade_refuses_it() {
    long embargoed = embargoed("Budget figures under embargo");
    long killed = killed("Minister resigns");
    long missing = 987_654;

    for (long id : new long[] {embargoed, killed, missing}) {
      Feedbacks.Result r = send(id, "Where is this story? 어디 있나요?", "10.9.0." + (id % 200));
      assertThat(r).as("story " + id).isNotInstanceOf(Feedbacks.Result.Accepted.class);
      assertThat(r).extracting("message").asString().contains("not published");
    }

    assertThat(feedbacks.countNew()).as("nothing stored").isZero();
  }

  @Test
  void given_a_public_story_when_feedback_is_filed_then_it_is_stored() {
    long live = published("Harbour reopens");

    assertThat(send(live, "Thank you — 감사합니다.", "10.9.1.1"))
        .isEqualTo(new Feedbacks.Result.Accepted(Feedbacks.Outcome.STORED));
    assertThat(feedbacks.countNew()).isEqualTo(1);
  }

  @Test
  void given_an_embargoed_or_killed_story_when_feedback_is_posted_then_the_answer_is_4xx() {
    long embargoed = embargoed("Budget figures under embargo");
    long killed = killed("Minister resigns");

    assertThat(
            app.postForm("/article/" + embargoed + "/feedback", "message=hello&website=")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            app.postForm("/article/" + killed + "/feedback", "message=hello&website=").statusCode())
        .isEqualTo(410);
    assertThat(feedbacks.countNew()).isZero();
  }
}
