package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.curation.Curation;
import org.dateline.curation.jdbi.CurationTables;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.Polls;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Home page curation over real HTTP: the editors' order shows on the public home page at once. */
@Isolated // it bounds wall-clock time, so it runs with no other test class beside it
class CurationIT {
  @TempDir Path data;
  TestApp app;
  NewsroomClient editor;
  NewsroomClient reporter;
  List<ArticleSummary> newest;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    editor = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
    newest = app.wiring().articles().page(new Listing.All(), PageRequest.newest(50)).items();
    assertThat(newest.size()).as("demo stories").isGreaterThan(33);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private static String href(ArticleSummary s) {
    return "/article/" + s.id().value() + "/" + org.dateline.shared.Slugs.inPath(s.slug());
  }

  /** The public home page's top stories: the lead first, then the rest, as links. */
  private List<String> publicTopStories() {
    HttpResponse<String> r = app.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    Document home = Jsoup.parse(r.body());
    List<String> top = new ArrayList<>();
    top.add(home.selectFirst(".lead-story .lead-title a").attr("href"));
    top.addAll(home.select(".top-list .story-title a").eachAttr("href"));
    return top;
  }

  private HttpResponse<String> change(String action, ArticleSummary story) {
    HttpResponse<String> r =
        editor.post(
            "/newsroom/home", "action", action, "article", Long.toString(story.id().value()));
    return r;
  }

  private List<Long> picks() {
    return app.wiring().curation().picks().stream().map(ArticleId::value).toList();
  }

  @Test
  void
      picked_stories_lead_the_public_home_page_in_the_editors_order_and_the_newest_fill_the_rest() {
    ArticleSummary a = newest.get(20);
    ArticleSummary b = newest.get(10);
    ArticleSummary c = newest.get(15);
    List<String> before = publicTopStories(); // cached now
    assertThat(before).doesNotContain(href(a), href(b), href(c));

    for (ArticleSummary s : List.of(a, b, c)) {
      HttpResponse<String> r = change("add", s);
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(NewsroomClient.location(r))
          .isEqualTo("/newsroom/home#candidate-" + s.id().value());
    }

    assertThat(publicTopStories())
        .containsExactly(href(a), href(b), href(c), href(newest.get(0)), href(newest.get(1)));

    change("up", c);
    assertThat(publicTopStories()).startsWith(href(a), href(c), href(b));
    change("down", a);
    assertThat(publicTopStories()).startsWith(href(c), href(a), href(b));
    change("remove", c);
    assertThat(publicTopStories()).startsWith(href(a), href(b), href(newest.get(0)));

    Document page = Jsoup.parse(editor.get("/newsroom/home").body());
    assertThat(page.select("table.curation tbody tr").eachAttr("id"))
        .containsExactly("pick-" + a.id().value(), "pick-" + b.id().value());
    assertThat(page.select("#pick-" + a.id().value() + " button[value=up]").hasAttr("disabled"))
        .isTrue();
    assertThat(page.select("#pick-" + b.id().value() + " button[value=down]").hasAttr("disabled"))
        .isTrue();
    assertThat(page.select("table.candidates tbody tr")).hasSize(newest.size());
    assertThat(page.select("#candidate-" + a.id().value()).text()).contains("Chosen");
    assertThat(page.select("#candidate-" + newest.get(0).id().value() + " button[value=add]"))
        .hasSize(1);
  }

  @Test
  void
      without_picks_the_home_page_is_unchanged_and_a_killed_pick_is_skipped_but_kept_for_the_editors() {
    // Older than the 30 stories the uncurated home page chooses its lead from.
    ArticleSummary a = newest.get(32);
    ArticleSummary b = newest.get(33);
    List<String> uncurated = publicTopStories();
    change("add", a);
    change("add", b);
    assertThat(publicTopStories()).startsWith(href(a), href(b));

    app.wiring().articles().kill(a.id());

    assertThat(publicTopStories()).startsWith(href(b)).doesNotContain(href(a));
    Document page = Jsoup.parse(editor.get("/newsroom/home").body());
    assertThat(page.select("#pick-" + a.id().value()).text()).contains("withdrawn: not shown");
    change("remove", a);
    change("remove", b);
    assertThat(picks()).isEmpty();
    assertThat(publicTopStories()).isEqualTo(uncurated);
  }

  @Test
  void only_five_public_stories_can_be_picked_and_each_once() {
    for (int i = 0; i < Curation.PLACES; i++) {
      assertThat(change("add", newest.get(10 + i)).statusCode()).isEqualTo(303);
    }
    HttpResponse<String> sixth = change("add", newest.get(30));
    assertThat(sixth.statusCode()).isEqualTo(409);
    assertThat(sixth.body()).contains("All 5 top-story places are taken");
    change("remove", newest.get(10));
    assertThat(change("add", newest.get(11)).statusCode()).isEqualTo(409);

    app.wiring().articles().kill(newest.get(31).id());
    HttpResponse<String> killed = change("add", newest.get(31));
    assertThat(killed.statusCode()).isEqualTo(409);
    assertThat(killed.body()).contains("Only a published story");
    assertThat(editor.post("/newsroom/home", "action", "promote", "article", "1").statusCode())
        .isEqualTo(400);
    assertThat(editor.post("/newsroom/home", "action", "add").statusCode()).isEqualTo(400);
    assertThat(picks()).hasSize(4);
  }

  @Test
  void a_change_made_by_another_process_shows_on_the_home_page_after_the_next_poll()
      throws InterruptedException {
    publicTopStories(); // cached now
    // Another process: its own facade over the same database, so this server's listeners hear
    // nothing.
    Curation elsewhere =
        new Curation(
            CurationTables.repository(app.wiring().database().jdbi()), app.wiring().articles());
    ArticleSummary a = newest.get(25);

    elsewhere.add(a.id());
    Polls.after(app);

    assertThat(publicTopStories().get(0)).isEqualTo(href(a));
  }

  @Test
  void only_roles_that_curate_may_see_or_change_the_picks_and_every_change_needs_the_token() {
    assertThat(reporter.get("/newsroom/home").statusCode()).isEqualTo(403);
    assertThat(
            reporter
                .post(
                    "/newsroom/home",
                    "action",
                    "add",
                    "article",
                    Long.toString(newest.get(3).id().value()))
                .statusCode())
        .isEqualTo(403);
    assertThat(app.get("/newsroom/home").statusCode()).isEqualTo(303);

    HttpResponse<String> forged =
        editor.postWithoutToken(
            "/newsroom/home",
            "action",
            "add",
            "article",
            Long.toString(newest.get(3).id().value()));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(picks()).isEmpty();
  }
}
