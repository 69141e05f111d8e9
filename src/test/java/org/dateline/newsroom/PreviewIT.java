package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a story: it never points or posts to another story (not by its address, canonical
 * link, sharing tags or feedback form), and search engines are told not to index it.
 */
class PreviewIT {
  @TempDir Path data;
  TestApp app;
  User editor;
  NewsroomClient client;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    client = NewsroomClient.signIn(app, "eddie.editor@newsroom.test", Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** Live stories from elsewhere (an import), so public ids run ahead of newsroom story ids. */
  private Article imported(String headline) {
    app.wiring().sections().ensure("National");
    return app.wiring()
        .articles()
        .publish(
            Newsroom.completeDraft(headline, "National").toContent("en"),
            java.time.Instant.parse("2026-01-05T08:00:00Z"),
            Optional.of("import:" + headline))
        .article();
  }

  private static void pointsNowhereElse(Document page, String what) {
    assertThat(page.select("link[rel=canonical]")).as(what + ": canonical").isEmpty();
    assertThat(page.select("meta[property=og:url]")).as(what + ": og:url").isEmpty();
    assertThat(page.select("meta[name=robots]").attr("content")).as(what).isEqualTo("noindex");
    assertThat(page.select("form[method=post]")).as(what + ": a form that posts").isEmpty();
    assertThat(page.select("[action*=/feedback], [data-feedback-form]")).as(what).isEmpty();
    assertThat(page.select("a[href*=/article/], a[href*=/story/]"))
        .as(what + ": links to a story")
        .isEmpty();
    assertThat(page.select("script[type=application/ld+json]")).as(what).isEmpty();
  }

  @Test
  void a_draft_preview_neither_links_nor_posts_feedback_to_the_live_story_with_its_number() {
    for (int i = 0; i < 3; i++) {
      imported("Live story number " + i + " from the wire");
    }
    Story draft = Newsroom.written(app.wiring(), editor, "A draft nobody has seen");
    Article sameNumber =
        app.wiring()
            .articles()
            .find(new org.dateline.article.ArticleId(draft.id()))
            .orElseThrow(() -> new AssertionError("the test needs a live story numbered like it"));

    HttpResponse<String> r = client.get("/newsroom/stories/" + draft.id() + "/preview");

    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).isEqualTo("A draft nobody has seen");
    pointsNowhereElse(page, "draft preview");
    assertThat(r.body()).doesNotContain("/article/" + sameNumber.id().value());
    assertThat(page.select(".feedback-inert").text()).contains("off in a preview");
  }

  @Test
  void a_published_story_previews_its_changes_without_a_form_that_files_under_the_live_story() {
    Story s = Newsroom.written(app.wiring(), editor, "Published story");
    s = app.wiring().workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
    app.wiring()
        .stories()
        .save(
            s.id(),
            s.version(),
            Newsroom.completeDraft("Published story, changed", "National"),
            editor,
            "");

    HttpResponse<String> r = client.get("/newsroom/stories/" + s.id() + "/preview");

    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).isEqualTo("Published story, changed");
    pointsNowhereElse(page, "preview of a published story");
    assertThat(app.wiring().feedbacks().countNew()).isZero();
  }
}
