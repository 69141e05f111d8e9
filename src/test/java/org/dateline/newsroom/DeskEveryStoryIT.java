package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 1 over real HTTP: every public story, whatever its origin (the demo's imports have
 * no newsroom story), is on the desk's Published and All tabs and opens in the editor; the feedback
 * inbox and the public article lead there.
 */
class DeskEveryStoryIT {
  @TempDir static Path data;
  static TestApp app;
  static NewsroomClient editor;
  static NewsroomClient reporter;
  static User rita;
  static List<String> publicHeadlines;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    // The demo's public stories and 20 more imported: more than one page of the desk (50).
    Articles articles = app.wiring().articles();
    articles.publishNew(
        IntStream.range(0, 20)
            .mapToObj(
                i ->
                    new Articles.NewStory(
                        Newsroom.completeDraft("Imported wire story " + i, "").toContent("en"),
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                        "wire:" + i))
            .toList());
    editor = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
    publicHeadlines = new ArrayList<>();
    app.wiring()
        .articles()
        .page(new Listing.All(), PageRequest.newest(100))
        .items()
        .forEach(a -> publicHeadlines.add(a.headline()));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Document page(NewsroomClient who, String path) {
    HttpResponse<String> r = who.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  /** Every row's headline on a tab, following its Older links to the end. */
  private static List<String> allRows(NewsroomClient who, String path) {
    List<String> headlines = new ArrayList<>();
    String next = path;
    int pages = 0;
    while (next != null) {
      Document doc = page(who, next);
      doc.select("table.desk tbody tr td.headline > a:first-child")
          .forEach(a -> headlines.add(a.text()));
      Element older = doc.selectFirst("nav.pager a[rel=next]");
      next = older == null ? null : older.attr("href");
      assertThat(++pages).as("pages of " + path).isLessThan(10);
    }
    return headlines;
  }

  private static String tab(Document doc, String stage) {
    return doc.selectFirst(".stage-tabs a[href=/newsroom/desk?stage=" + stage + "]").text();
  }

  @Test
  void published_tab_lists_every_public_story_whatever_its_origin_over_several_pages() {
    assertThat(publicHeadlines).hasSizeGreaterThan(50); // the demo's and 20 imports

    List<String> rows = allRows(editor, "/newsroom/desk?stage=published");

    assertThat(rows).containsExactlyElementsOf(publicHeadlines);
    assertThat(tab(page(editor, "/newsroom/desk?stage=published"), "published"))
        .isEqualTo("Published (" + publicHeadlines.size() + ")");
  }

  @Test
  void all_tab_lists_newsroom_stories_and_public_stories_without_one_each_once() {
    Story draft = Newsroom.written(app.wiring(), rita, "A reporter's draft on the All tab");

    List<String> rows = allRows(editor, "/newsroom/desk?stage=all");

    assertThat(rows).contains(draft.draft().headline()).containsAll(publicHeadlines);
    assertThat(new HashSet<>(rows)).hasSameSizeAs(rows);
    Document doc = page(editor, "/newsroom/desk?stage=all");
    int stories = app.wiring().stories().countsByStage().values().stream().mapToInt(i -> i).sum();
    assertThat(tab(doc, "all")).isEqualTo("All (" + rows.size() + ")");
    assertThat(rows).hasSize(stories + publicHeadlines.size() - countPublishedWithStory());
  }

  private static int countPublishedWithStory() {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM stories s JOIN articles a ON a.id = s.article_id"
                            + " WHERE a.state = 'published'")
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void an_imported_story_opens_in_the_editor_from_its_desk_row_always_as_the_same_story() {
    ArticleSummary imported =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(1)).items().get(0);
    Document desk = page(editor, "/newsroom/desk?stage=published");
    Element link = desk.selectFirst("table.desk a:containsOwn(" + imported.headline() + ")");
    assertThat(link.attr("href"))
        .isEqualTo("/newsroom/articles/" + imported.id().value() + "/edit");

    HttpResponse<String> first = editor.get(link.attr("href"));
    HttpResponse<String> second = editor.get(link.attr("href"));

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(first)).matches("/newsroom/stories/\\d+");
    assertThat(NewsroomClient.location(second)).isEqualTo(NewsroomClient.location(first));
    Document editorPage = page(editor, NewsroomClient.location(first));
    assertThat(editorPage.select("#headline").val()).isEqualTo(imported.headline());
  }

  @Test
  void a_reporter_may_not_open_a_public_story_and_sees_only_own_counts() {
    ArticleSummary imported =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(2)).items().get(1);

    HttpResponse<String> r = reporter.get("/newsroom/articles/" + imported.id().value() + "/edit");

    assertThat(r.statusCode()).isEqualTo(403);
    Document desk = page(reporter, "/newsroom/desk?stage=published");
    assertThat(tab(desk, "published")).isEqualTo("Published (0)");
    assertThat(desk.select("table.desk tbody tr")).isEmpty();
  }

  @Test
  void published_tab_with_words_finds_an_imported_story() {
    List<String> rows = allRows(editor, "/newsroom/desk?stage=published&q=Imported+wire+story+7");

    assertThat(rows).contains("Imported wire story 7");
  }

  @Test
  void the_feedback_inbox_links_each_message_to_its_story_in_the_editor() {
    ArticleSummary story =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(3)).items().get(2);
    HttpResponse<String> sent =
        app.postForm(
            "/article/" + story.id().value() + "/feedback",
            NewsroomClient.form("message", "Typo in the second paragraph.", "website", ""));
    assertThat(sent.statusCode()).isEqualTo(303);

    Document inbox = page(editor, "/newsroom/feedback");

    Element edit = inbox.selectFirst("tr[id^=feedback-] a.edit-story");
    assertThat(edit.attr("href")).isEqualTo("/newsroom/articles/" + story.id().value() + "/edit");
    assertThat(editor.get(edit.attr("href")).statusCode()).isEqualTo(303);
  }

  @Test
  void a_public_article_is_the_same_page_for_everyone_with_its_edit_link_hidden() {
    ArticleSummary story =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(4)).items().get(3);
    String path = "/article/" + story.id().value() + "/" + story.slug();

    String anonymous = app.get(path).body();
    String asEditor =
        app.send(
                HttpRequest.newBuilder(java.net.URI.create(app.url(path)))
                    .header("Cookie", editor.cookie() + "; dateline_editor=1")
                    .build())
            .body();

    assertThat(asEditor).isEqualTo(anonymous);
    Element edit = Jsoup.parse(anonymous).selectFirst("p.edit-in-newsroom");
    assertThat(edit.hasAttr("hidden")).isTrue();
    assertThat(edit.selectFirst("a").attr("href"))
        .isEqualTo("/newsroom/articles/" + story.id().value() + "/edit");
  }

  @Test
  void signing_in_as_an_editor_sets_the_editor_hint_and_a_reporter_gets_none() {
    Set<String> editorCookies = new HashSet<>(signInCookies("eddie.editor@newsroom.test"));
    Set<String> reporterCookies = new HashSet<>(signInCookies(rita.email()));

    assertThat(editorCookies).anyMatch(c -> c.startsWith("dateline_editor=1;"));
    assertThat(editorCookies.stream().filter(c -> c.startsWith("dateline_editor")))
        .allSatisfy(c -> assertThat(c).doesNotContain("HttpOnly").contains("Path=/;"));
    assertThat(reporterCookies).noneMatch(c -> c.startsWith("dateline_editor=1"));
  }

  private static List<String> signInCookies(String email) {
    HttpResponse<String> r =
        app.postForm(
            "/newsroom/login",
            NewsroomClient.form(
                "email", email, "password", Newsroom.PASSWORD, "next", "/newsroom"));
    assertThat(r.statusCode()).isEqualTo(303);
    return r.headers().allValues("Set-Cookie");
  }
}
