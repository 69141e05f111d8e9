package org.dateline.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translated story's workflow over real HTTP (issue 13 pts 3 and 7, decision 0076): translate,
 * edit, publish, correct the source, a notice on the translation's desk and dashboard, dismiss; a
 * kill's notice; the refusals; nothing ever published by itself.
 */
class TranslationsIT {
  static TestApp app;
  static Wiring w;
  static User editorUser;
  static NewsroomClient editor;
  static NewsroomClient reporter;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().demo().loadEditions();
    w = app.wiring();
    editorUser = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Story published(String headline) {
    Story s = Newsroom.written(w, editorUser, headline);
    return w.workflow().apply(s.id(), Workflow.Request.of(Action.PUBLISH), editorUser);
  }

  private static Story translated(Story source, String edition) {
    HttpResponse<String> r =
        editor.post("/newsroom/stories/" + source.id() + "/translate", "edition", edition);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String location = NewsroomClient.location(r);
    assertThat(location).matches("/newsroom/stories/\\d+");
    return w.stories()
        .find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
        .orElseThrow();
  }

  private static Article article(Story s) {
    return w.articles().find(new ArticleId(s.articleId().orElseThrow())).orElseThrow();
  }

  @Test
  void translate_edit_publish_correct_the_source_notice_on_the_desk_and_dashboard_dismiss() {
    Story source = published("Exports hit a record");

    Story ko = translated(source, "ko");

    source = w.stories().find(source.id()).orElseThrow();
    assertThat(ko.edition()).isEqualTo("ko");
    assertThat(ko.stage()).isEqualTo(Stage.DRAFT);
    assertThat(ko.articleId()).isEmpty();
    assertThat(ko.translatedFrom()).contains(source.id());
    assertThat(source.translationGroup()).isPresent();
    assertThat(source.translationGroup().get()).startsWith("urn:dateline:translation:");
    assertThat(ko.translationGroup()).isEqualTo(source.translationGroup());
    assertThat(ko.draft().headline()).isEqualTo("Exports hit a record");
    assertThat(ko.draft().body()).isEqualTo(source.draft().body());
    // The source beside the translation, rendered (not its HTML), and the group in both editors.
    Document page = Jsoup.parse(editor.get("/newsroom/stories/" + ko.id()).body());
    assertThat(page.select("aside.translation-source h2").text()).contains("Exports hit a record");
    assertThat(page.select("aside.translation-source .source-body").text())
        .contains("The first paragraph.")
        .doesNotContain("<p>");
    assertThat(page.select("table.translations").text()).contains("(source)", "Published");
    Document sourcePage = Jsoup.parse(editor.get("/newsroom/stories/" + source.id()).body());
    assertThat(sourcePage.select("table.translations").text()).contains("(ko)", "Draft");
    assertThat(sourcePage.select("#translate-edition option").eachAttr("value"))
        .contains("es", "ja")
        .doesNotContain("ko", "en");

    // Edit and publish the translation: it goes out in Korean, at the Korean address.
    ko =
        w.stories()
            .save(ko.id(), ko.version(), Newsroom.completeDraft("수출 사상 최대", "경제"), editorUser, "");
    HttpResponse<String> out =
        editor.post("/newsroom/stories/" + ko.id() + "/action", "action", "publish");
    assertThat(out.statusCode()).as(out.body()).isEqualTo(303);
    ko = w.stories().find(ko.id()).orElseThrow();
    Article koArticle = article(ko);
    assertThat(koArticle.edition()).isEqualTo("ko");
    int koVersion = koArticle.version();

    // Correct the source: a notice on the Korean desk and on the dashboard, nothing published.
    HttpResponse<String> corrected =
        editor.post(
            "/newsroom/stories/" + source.id() + "/action",
            "action",
            "correct",
            "note",
            "The figure was 7 per cent");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(303);

    Document desk = Jsoup.parse(editor.get("/newsroom/desk?edition=ko&stage=published").body());
    assertThat(desk.select(".translation-notice").text())
        .contains("수출 사상 최대", "corrected", "The figure was 7 per cent");
    // The class's tests share one app: another test's notices may be on the Spanish desk, but
    // none about this story, which has no Spanish translation.
    assertThat(
            Jsoup.parse(editor.get("/newsroom/desk?edition=es&stage=published").body())
                .select(".translation-notice")
                .text())
        .doesNotContain("수출 사상 최대")
        .doesNotContain("The figure was 7 per cent");
    assertThat(Jsoup.parse(editor.get("/newsroom").body()).select(".translation-notice").text())
        .contains("수출 사상 최대", "corrected");
    assertThat(article(w.stories().find(ko.id()).orElseThrow()).version()).isEqualTo(koVersion);
    assertThat(w.stories().find(ko.id()).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);

    String dismiss = desk.select(".translation-notice form").attr("action");
    HttpResponse<String> gone = editor.post(dismiss, "back", "/newsroom/desk?edition=ko");
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(303);
    assertThat(NewsroomClient.location(gone)).isEqualTo("/newsroom/desk?edition=ko");
    assertThat(
            Jsoup.parse(editor.get("/newsroom/desk?edition=ko").body())
                .select(".translation-notice"))
        .isEmpty();
    assertThat(editor.post(dismiss, "back", "/newsroom").statusCode()).isEqualTo(409);
  }

  @Test
  void killing_the_source_leaves_a_notice_on_each_translation_and_publishes_nothing() {
    Story source = published("Bridge closed for repairs");
    Story es = translated(source, "es");
    Story ja = translated(source, "ja");

    w.workflow()
        .apply(
            source.id(),
            new Workflow.Request(Action.KILL, Optional.empty(), "Wrong bridge"),
            editorUser);

    for (Story t : java.util.List.of(es, ja)) {
      Document page = Jsoup.parse(editor.get("/newsroom/stories/" + t.id()).body());
      assertThat(page.select(".translation-notice").text()).contains("killed", "Wrong bridge");
      Story now = w.stories().find(t.id()).orElseThrow();
      assertThat(now.stage()).isEqualTo(Stage.DRAFT);
      assertThat(now.articleId()).isEmpty();
    }
  }

  @Test
  void refusals_the_own_edition_a_taken_edition_a_reporter_and_a_missing_token() {
    Story source = published("Harbour reopens");
    translated(source, "ja");
    String path = "/newsroom/stories/" + source.id() + "/translate";

    assertThat(editor.post(path, "edition", "en").statusCode()).isEqualTo(409);
    HttpResponse<String> taken = editor.post(path, "edition", "ja");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(taken.body()).text()).contains("has this story already");
    assertThat(editor.post(path, "edition", "xx").statusCode()).isEqualTo(409);
    assertThat(reporter.post(path, "edition", "es").statusCode()).isEqualTo(403);
    assertThat(editor.postWithoutToken(path, "edition", "es").statusCode()).isEqualTo(403);

    Story now = w.stories().find(source.id()).orElseThrow();
    assertThat(w.stories().inTranslationGroup(now.translationGroup().orElseThrow()))
        .extracting(Story::edition)
        .containsExactlyInAnyOrder("en", "ja");
  }
}
