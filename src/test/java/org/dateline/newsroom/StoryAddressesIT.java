package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Presentation;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.shared.Slugs;
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
 * What sites and social networks need of a story (decision 0080), over real HTTP and a real store:
 * a chosen slug becomes the address and every earlier one answers 301 to it; a slug another public
 * story has is refused with a message; the search title and description fill the head, escaped,
 * with the headline and summary as fallbacks; picked related stories come first and a killed pick
 * drops out of the page.
 */
class StoryAddressesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static TestApp app;
  static User editor;
  static NewsroomClient client;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Sora Editor");
    client = NewsroomClient.signIn(app, "sora.editor@newsroom.test", Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Story published(String headline, Presentation presentation) {
    Story s = Newsroom.written(app.wiring(), editor, headline);
    s = app.wiring().stories().save(s.id(), s.version(), with(s.draft(), presentation), editor, "");
    return app.wiring().workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
  }

  private static Story updated(Story story, Presentation presentation) {
    Story s = app.wiring().stories().get(story.id(), editor);
    s = app.wiring().stories().save(s.id(), s.version(), with(s.draft(), presentation), editor, "");
    return app.wiring().workflow().apply(s.id(), Request.of(Action.UPDATE), editor);
  }

  private static Draft with(Draft d, Presentation p) {
    return new Draft(
        d.headline(),
        d.summary(),
        d.section(),
        d.bylines(),
        d.datelinePlace(),
        d.datelineDate(),
        d.datelineSource(),
        d.body(),
        d.tags(),
        d.urgency(),
        p);
  }

  private static Article article(Story s) {
    return app.wiring().articles().find(new ArticleId(s.articleId().orElseThrow())).orElseThrow();
  }

  private static String address(Story s) {
    Article a = article(s);
    return "/article/" + a.id().value() + "/" + Slugs.inPath(a.slug());
  }

  private static Presentation slug(String slug) {
    return new Presentation(slug, "", "", List.of());
  }

  /** The story form as the editor posts it, with these address and sharing fields. */
  private static String[] form(Story s, String slug, String title, String description, String rel) {
    Draft d = app.wiring().stories().get(s.id(), editor).draft();
    return new String[] {
      "version",
      Integer.toString(app.wiring().stories().get(s.id(), editor).version()),
      "headline",
      d.headline(),
      "summary",
      d.summary(),
      "section",
      d.section(),
      "bylines",
      String.join(", ", d.bylines()),
      "body",
      "<p>The first paragraph.</p><p>The second paragraph.</p>",
      "tags",
      String.join(", ", d.tags()),
      "urgency",
      "5",
      "slug",
      slug,
      "seo_title",
      title,
      "seo_description",
      description,
      "related",
      rel
    };
  }

  @Test
  void every_earlier_slug_answers_301_to_the_current_address_through_a_chain_of_renames() {
    Story story = published("Harbour plan approved after long debate", Presentation.NONE);
    String first = address(story);
    assertThat(first).endsWith("/harbour-plan-approved-after-long-debate");

    updated(story, slug("Harbour plan"));
    String second = address(story);
    assertThat(second).endsWith("/harbour-plan");
    updated(story, slug("부산 항만 계획"));
    String third = address(story);
    assertThat(article(story).slug()).isEqualTo("부산-항만-계획");
    assertThat(third).endsWith("/%EB%B6%80%EC%82%B0-%ED%95%AD%EB%A7%8C-%EA%B3%84%ED%9A%8D");

    for (String old : List.of(first, second)) {
      HttpResponse<String> r = app.get(old);
      assertThat(r.statusCode()).as(old).isEqualTo(301);
      assertThat(NewsroomClient.location(r)).as(old).isEqualTo(third);
    }
    HttpResponse<String> now = app.get(third);
    assertThat(now.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(now.body()).select("link[rel=canonical]").attr("href")).endsWith(third);

    // Back to the headline's slug: the chosen ones redirect in turn.
    updated(story, Presentation.NONE);
    assertThat(address(story)).isEqualTo(first);
    assertThat(NewsroomClient.location(app.get(third))).isEqualTo(first);
  }

  @Test
  void the_editor_stores_a_chosen_slug_of_any_script_and_publishes_it() {
    Story story = published("Tokyo tower reopens", Presentation.NONE);
    HttpResponse<String> saved =
        client.post("/newsroom/stories/" + story.id(), form(story, "東京 タワー", "", "", ""));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(app.wiring().stories().get(story.id(), editor).draft().presentation().slug())
        .isEqualTo("東京-タワー");
    assertThat(article(story).slug())
        .as("applied at publish, not at save")
        .isEqualTo("tokyo-tower-reopens");
    app.wiring().workflow().apply(story.id(), Request.of(Action.UPDATE), editor);
    assertThat(article(story).slug()).isEqualTo("東京-タワー");
    assertThat(app.get(address(story)).statusCode()).isEqualTo(200);

    Story arabic = published("Cairo metro line opens", Presentation.NONE);
    HttpResponse<String> r =
        client.post("/newsroom/stories/" + arabic.id(), form(arabic, "مترو القاهرة", "", "", ""));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(app.wiring().stories().get(arabic.id(), editor).draft().presentation().slug())
        .isEqualTo("مترو-القاهرة");
  }

  @Test
  void a_slug_another_public_story_has_is_refused_with_a_clear_message_and_nothing_saved() {
    Story holder = published("Election night results", slug("election-night"));
    Story other = published("Election night parties", Presentation.NONE);
    int version = app.wiring().stories().get(other.id(), editor).version();

    HttpResponse<String> r =
        client.post("/newsroom/stories/" + other.id(), form(other, "Election Night", "", "", ""));
    assertThat(r.statusCode()).isEqualTo(422);
    String error = Jsoup.parse(r.body()).select("#form-error").text();
    assertThat(error)
        .contains("“election-night”")
        .contains("Election night results")
        .contains("id " + article(holder).id().value())
        .contains("Choose another");
    assertThat(Jsoup.parse(r.body()).select("#slug").attr("value"))
        .as("what was typed is kept")
        .isEqualTo("Election Night");
    assertThat(app.wiring().stories().get(other.id(), editor).version()).isEqualTo(version);

    // The holder keeps saving its own slug.
    HttpResponse<String> own =
        client.post("/newsroom/stories/" + holder.id(), form(holder, "election-night", "", "", ""));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(303);
  }

  @Test
  void bad_address_and_picks_are_refused_beside_the_form_never_a_500() {
    Story story = published("Rail strike ends", Presentation.NONE);
    String path = "/newsroom/stories/" + story.id();
    assertThat(client.post(path, form(story, "!!!", "", "", "")).statusCode()).isEqualTo(422);
    assertThat(client.post(path, form(story, "a".repeat(81), "", "", "")).statusCode())
        .isEqualTo(422);
    assertThat(client.post(path, form(story, "", "t".repeat(201), "", "")).statusCode())
        .isEqualTo(422);
    HttpResponse<String> words = client.post(path, form(story, "", "", "", "the ferry story"));
    assertThat(words.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(words.body()).select("#form-error").text())
        .contains("is not a story's id or address");
    HttpResponse<String> unknown = client.post(path, form(story, "", "", "", "999999"));
    assertThat(Jsoup.parse(unknown.body()).select("#form-error").text())
        .contains("No story has the id 999999");
    String self = Long.toString(article(story).id().value());
    assertThat(client.post(path, form(story, "", "", "", self)).statusCode()).isEqualTo(422);
    assertThat(client.post(path, form(story, "", "", "", "1, 2, 3, 4, 5, 6")).statusCode())
        .isEqualTo(422);
  }

  @Test
  void search_title_and_description_fill_the_head_escaped() throws Exception {
    String title = "Busan \"harbour\" <plan> & what it means";
    String description = "Ships, </script><script>alert(1)</script> and a 'quote'";
    Story story =
        published("Busan waterfront plan", new Presentation("", title, description, List.of()));
    HttpResponse<String> r = app.get(address(story));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script>alert(1)").doesNotContain("<plan>");
    Document page = Jsoup.parse(r.body());
    assertThat(page.title()).isEqualTo(title);
    assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
    assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo(title);
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(description);
    assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
    assertThat(page.select("meta[name=twitter:description]").attr("content"))
        .isEqualTo(description);
    JsonNode ld = JSON.readTree(page.select("script[type=application/ld+json]").first().data());
    JsonNode news = ld.path("@graph").get(0);
    assertThat(news.path("headline").asText()).isEqualTo(title);
    assertThat(news.path("description").asText()).isEqualTo(description);
    assertThat(page.select("h1").text()).isEqualTo("Busan waterfront plan");
  }

  @Test
  void without_search_fields_the_head_shows_the_headline_and_summary() throws Exception {
    Story story = published("Night markets return to Daegu", Presentation.NONE);
    Document page = Jsoup.parse(app.get(address(story)).body());
    String site = app.wiring().editions().current().siteName();
    assertThat(page.title()).isEqualTo("Night markets return to Daegu | " + site);
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("A summary.");
    assertThat(page.select("meta[property=og:description]").attr("content"))
        .isEqualTo("A summary.");
    JsonNode ld = JSON.readTree(page.select("script[type=application/ld+json]").first().data());
    assertThat(ld.path("@graph").get(0).path("headline").asText())
        .isEqualTo("Night markets return to Daegu");
  }

  @Test
  void picked_stories_come_first_in_order_and_a_killed_pick_drops_out() {
    Story first = published("Picked story one about tides", Presentation.NONE);
    Story second = published("Picked story two about winds", Presentation.NONE);
    ArticleId one = article(first).id();
    ArticleId two = article(second).id();
    Story main =
        published("Coastal weather outlook", new Presentation("", "", "", List.of(two, one)));
    String path = address(main);

    List<String> related = related(path);
    assertThat(related).startsWith(address(second), address(first));

    // The page is cached now; the kill of a pick drops it and the next render leaves it out.
    app.wiring()
        .workflow()
        .apply(
            second.id(),
            new Request(Action.KILL, java.util.Optional.empty(), "Withdrawn for the test."),
            editor);
    assertThat(related(path)).doesNotContain(address(second)).startsWith(address(first));

    // A change of the picks re-renders the page.
    updated(main, new Presentation("", "", "", List.of()));
    assertThat(related(path)).doesNotContain(address(second));
    Story third = published("Picked story three about snow", Presentation.NONE);
    updated(main, new Presentation("", "", "", List.of(article(third).id())));
    assertThat(related(path)).startsWith(address(third));
  }

  private static List<String> related(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select(".related a[href]").eachAttr("href").stream()
        .map(h -> h.replaceFirst("^https?://[^/]+", ""))
        .filter(h -> h.startsWith("/article/"))
        .distinct()
        .toList();
  }
}
