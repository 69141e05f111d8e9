package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
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
 * The desk per edition (decision 0079): a story made in the Korean edition is listed under it and
 * not under English, offers the Korean sections, and is published at the Korean address.
 */
class DeskEditionsIT {
  static TestApp app;
  static User editorUser;
  static NewsroomClient editor;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().demo().loadEditions();
    editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> deskHeadlines(String query) {
    HttpResponse<String> r = editor.get("/newsroom/desk?" + query);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select("table.desk td.headline > a").eachText();
  }

  private static Story created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String location = NewsroomClient.location(r);
    assertThat(location).matches("/newsroom/stories/\\d+");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    return app.wiring().stories().find(id).orElseThrow();
  }

  @Test
  void a_story_made_in_korean_is_on_the_korean_desk_with_korean_sections_and_address() {
    Story story = created(editor.post("/newsroom/stories", "edition", "ko"));
    assertThat(story.edition()).isEqualTo("ko");
    story =
        app.wiring()
            .stories()
            .save(
                story.id(),
                story.version(),
                Newsroom.completeDraft("반도체 수출 최대", "경제"),
                editorUser,
                "");

    assertThat(deskHeadlines("stage=draft&edition=ko")).contains("반도체 수출 최대");
    assertThat(deskHeadlines("stage=draft&edition=en")).doesNotContain("반도체 수출 최대");
    assertThat(deskHeadlines("stage=draft")).contains("반도체 수출 최대");
    Document desk = Jsoup.parse(editor.get("/newsroom/desk?stage=draft&edition=ko").body());
    assertThat(desk.select("#f-edition option[selected]").attr("value")).isEqualTo("ko");
    assertThat(desk.select("#new-edition option[selected]").attr("value")).isEqualTo("ko");
    assertThat(desk.select("table.desk td.edition").eachText()).containsOnly("ko");

    Document editorPage = Jsoup.parse(editor.get("/newsroom/stories/" + story.id()).body());
    List<String> offered = editorPage.select("select#section option").eachAttr("value");
    assertThat(offered).contains("정치", "경제", "스포츠").doesNotContain("Politics");
    assertThat(editorPage.select(".story-edition").text()).contains("ko");

    HttpResponse<String> published =
        editor.post("/newsroom/stories/" + story.id() + "/action", "action", "publish");

    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
    Story out = app.wiring().stories().find(story.id()).orElseThrow();
    assertThat(out.stage()).isEqualTo(Stage.PUBLISHED);
    Article article =
        app.wiring().articles().find(new ArticleId(out.articleId().orElseThrow())).orElseThrow();
    assertThat(article.edition()).isEqualTo("ko");
    String address = "/ko/article/" + article.id().value() + "/" + article.slug();
    HttpResponse<String> page = app.get(address);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("반도체 수출 최대");
    assertThat(deskHeadlines("stage=published&edition=ko")).contains("반도체 수출 최대");
    assertThat(deskHeadlines("stage=published&edition=es")).doesNotContain("반도체 수출 최대");
  }

  @Test
  void a_new_story_without_a_choice_is_in_the_default_edition_and_an_unknown_one_is_refused() {
    Story story = created(editor.post("/newsroom/stories"));
    assertThat(story.edition()).isEqualTo(app.wiring().editions().current().code());

    HttpResponse<String> unknown = editor.post("/newsroom/stories", "edition", "xx-Nope");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  private static long count(String sql) {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void the_tab_counts_count_the_chosen_editions_desk_and_the_tabs_keep_the_edition() {
    // Given two drafts on the Japanese desk (no other test writes there)
    for (String headline : List.of("円相場が小幅に反発", "東京で桜の開花宣言")) {
      Story s = app.wiring().stories().create(editorUser, "ja");
      app.wiring()
          .stories()
          .save(s.id(), s.version(), Newsroom.completeDraft(headline, "経済"), editorUser, "");
    }

    // When the desk is filtered on Japanese
    Document ja = Jsoup.parse(editor.get("/newsroom/desk?stage=draft&edition=ja").body());
    List<String> tabs = ja.select("nav.stage-tabs a").eachText();

    // Then its tabs count the Japanese desk only: two drafts, its public stories, and All
    long jaPublic =
        count("SELECT COUNT(*) FROM articles WHERE state = 'published' AND edition = 'ja'");
    assertThat(jaPublic).isPositive();
    assertThat(tabs).contains("Draft (2)", "Submitted (0)", "Published (" + jaPublic + ")");
    assertThat(tabs).contains("All (" + (2 + jaPublic) + ")");
    // and each tab keeps the edition
    assertThat(ja.select("nav.stage-tabs a").eachAttr("href"))
        .allMatch(href -> href.endsWith("&edition=ja"), "keeps the edition");

    // Without a filter every edition is counted
    Document all = Jsoup.parse(editor.get("/newsroom/desk?stage=draft").body());
    long drafts = count("SELECT COUNT(*) FROM stories WHERE stage = 'draft'");
    long published = count("SELECT COUNT(*) FROM articles WHERE state = 'published'");
    assertThat(drafts).isGreaterThanOrEqualTo(2);
    assertThat(all.select("nav.stage-tabs a").eachText())
        .contains("Draft (" + drafts + ")", "Published (" + published + ")");
    assertThat(all.select("nav.stage-tabs a").eachAttr("href"))
        .noneMatch(href -> href.contains("edition="));
  }
}
