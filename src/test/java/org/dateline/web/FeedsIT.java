package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.edition.Edition;
import org.dateline.testing.TestApp;
import org.dateline.testing.XmlDoc;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public feeds over real HTTP on the demo content: RSS and Atom re-read by Rome, JSON Feed by
 * Jackson, each checked for the elements its specification requires; advertised by every list page;
 * conditional GET; and following every publish and kill on the very next request.
 */
class FeedsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TYPES =
      List.of("application/rss+xml", "application/atom+xml", "application/feed+json");

  // One server on the demo content for the class (decision 0099): the one test that changes the
  // edition, which the server reads at start, has a server of its own.
  @TempDir static Path shared;
  static TestApp sharedApp;
  static final List<String> renders = new CopyOnWriteArrayList<>();
  @TempDir Path own;
  TestApp app;

  @BeforeAll
  static void startShared() {
    sharedApp = TestApp.start(shared, true);
    sharedApp.wiring().pageCache().onRender(renders::add);
  }

  @AfterAll
  static void stopShared() {
    sharedApp.close();
  }

  @BeforeEach
  void start() {
    app = sharedApp;
  }

  @AfterEach
  void stop() {
    if (app != sharedApp) {
      app.close();
    }
  }

  /** The list pages a reader can follow: home, All News, a section, a topic and an author. */
  private List<String> listPages() {
    Document home = Jsoup.parse(app.get("/").body());
    String section = home.select("nav#navigation a[href^=/section/]").first().attr("href");
    String article = home.select("a[href^=/article/]").first().attr("href");
    Document story = Jsoup.parse(app.get(article).body());
    String author = story.select("a[rel=author]").first().attr("href");
    String topic = story.select("section.tags a[href^=/tag/]").first().attr("href");
    return List.of("/", "/news", section, topic, author);
  }

  private static List<String> alternates(Document page) {
    return page.select("head link[rel=alternate]").eachAttr("href");
  }

  @Test
  void every_list_page_names_its_three_feeds_and_each_answers_with_its_media_type() {
    for (String page : listPages()) {
      Document doc = Jsoup.parse(app.get(page).body());
      var links = doc.select("head link[rel=alternate]");
      assertThat(links.eachAttr("type")).as(page).containsExactlyElementsOf(TYPES);
      for (var link : links) {
        HttpResponse<String> feed = app.get(link.attr("href"));
        assertThat(feed.statusCode()).as(link.attr("href")).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow())
            .matches(java.util.regex.Pattern.quote(link.attr("type")) + "; ?charset=utf-8");
      }
    }
    assertThat(alternates(Jsoup.parse(app.get("/").body())))
        .containsExactly("/feed.rss", "/feed.atom", "/feed.json");
  }

  @Test
  void rss_and_atom_read_back_with_rome_with_every_required_element_and_photos_as_media()
      throws Exception {
    for (String page : listPages()) {
      List<String> feeds = alternates(Jsoup.parse(app.get(page).body()));
      for (String path : feeds.subList(0, 2)) {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(app.get(path).body()));
        assertThat(feed.getFeedType()).isIn("rss_2.0", "atom_1.0");
        assertThat(feed.getTitle()).as(path).isNotBlank();
        assertThat(feed.getLink()).as(path).startsWith("http");
        assertThat(feed.getEntries()).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        for (SyndEntry entry : feed.getEntries()) {
          assertThat(entry.getTitle()).isNotBlank();
          assertThat(entry.getLink()).contains("/article/");
          assertThat(entry.getUri()).startsWith("tag:");
          assertThat(entry.getPublishedDate()).isNotNull();
        }
        if (feed.getFeedType().equals("atom_1.0")) {
          assertThat(feed.getUri()).isNotBlank();
          assertThat(feed.getPublishedDate()).as("atom:updated").isNotNull();
        } else {
          assertThat(feed.getDescription()).isNotBlank();
        }
      }
    }
    // The demo's stories have photos: the site feed carries them as enclosures and media:content.
    SyndFeed rss = new SyndFeedInput().build(new StringReader(app.get("/feed.rss").body()));
    List<String> enclosures = new ArrayList<>();
    for (SyndEntry entry : rss.getEntries()) {
      entry.getEnclosures().forEach(e -> enclosures.add(e.getType() + " " + e.getUrl()));
    }
    assertThat(enclosures)
        .isNotEmpty()
        .allMatch(e -> e.matches("image/\\S+ https?://\\S+/media/\\S+"));
    XmlDoc xml = XmlDoc.parse(app.get("/feed.rss").body());
    assertThat(xml.texts("//item/media:content/@url")).isNotEmpty();
    assertThat(xml.texts("//item/media:content/media:title")).allMatch(t -> !t.isBlank());
  }

  @Test
  void json_feed_reads_back_as_json_feed_1_1_with_every_required_member() throws Exception {
    for (String page : listPages()) {
      String path = alternates(Jsoup.parse(app.get(page).body())).get(2);
      JsonNode feed = JSON.readTree(app.get(path).body());
      assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
      assertThat(feed.path("title").asText()).isNotBlank();
      assertThat(feed.path("feed_url").asText()).endsWith(path);
      assertThat(feed.path("items").isArray()).isTrue();
      assertThat(feed.path("items")).isNotEmpty();
      for (JsonNode item : feed.path("items")) {
        assertThat(item.path("id").asText()).startsWith("tag:");
        assertThat(item.path("url").asText()).contains("/article/");
        assertThat(item.has("content_html") || item.has("content_text")).isTrue();
      }
    }
  }

  @Test
  void a_feed_answers_304_to_its_own_etag_from_the_cache() {
    HttpResponse<String> first = app.get("/feed.atom");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = app.get("/feed.atom", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> gzip = app.get("/feed.atom", "Accept-Encoding", "gzip");
    assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
  }

  @Test
  void a_publish_is_in_the_feeds_on_the_next_request_and_a_kill_takes_it_out() throws Exception {
    String section = listPages().get(2);
    List<String> feeds = List.of("/feed.rss", section + "/feed.rss", "/feed.json");
    feeds.forEach(f -> assertThat(app.get(f).statusCode()).isEqualTo(200));
    String sectionName = Jsoup.parse(app.get(section).body()).select("h1").first().text();
    var published =
        app.wiring()
            .articles()
            .publish(
                new ArticleContent(
                    "Harbour cranes idle as strike enters third day",
                    "Dock workers stayed out.",
                    "en",
                    sectionName,
                    List.of("Kim Min-jun"),
                    Optional.empty(),
                    List.of(new Block.Paragraph("Cranes stood still on Monday.")),
                    List.of(),
                    5),
                Clock.systemUTC().instant(),
                Optional.empty());
    // The change log drops the cached feeds in the commit's wake: the next request renders anew.
    renders.clear();
    for (String f : feeds) {
      assertThat(app.get(f).body())
          .as(f)
          .contains("Harbour cranes idle as strike enters third day");
    }
    assertThat(renders).containsAll(feeds);

    app.wiring().articles().kill(published.article().id());
    for (String f : feeds) {
      assertThat(app.get(f).body()).as(f).doesNotContain("Harbour cranes idle");
    }
  }

  @Test
  void the_edition_chooses_full_text_or_summary_for_every_feed() {
    app = TestApp.start(own, true);
    // Summary is the default: no full body in any format.
    assertThat(app.get("/feed.rss").body()).doesNotContain("content:encoded");
    assertThat(app.get("/feed.json").body()).doesNotContain("content_html");
    Edition e = app.wiring().editions().current();
    app.wiring()
        .editions()
        .change(
            new Edition(
                e.siteName(), e.language(), e.zone(), e.datePattern(), Edition.FeedText.FULL));
    // Edition settings are read at start (the command line changes them from another process).
    app.close();
    app = TestApp.start(own, false);
    assertThat(app.get("/feed.rss").body()).contains("<content:encoded>");
    assertThat(app.get("/feed.atom").body()).contains("<content type=\"html\">");
    assertThat(app.get("/feed.json").body()).contains("\"content_html\"");
  }

  @Test
  void an_unknown_feed_or_list_answers_404() {
    assertThat(app.get("/feed.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/section/no-such-section/feed.rss").statusCode()).isEqualTo(404);
    assertThat(app.get("/tag/no-such-topic/feed.atom").statusCode()).isEqualTo(404);
    assertThat(app.get("/author/nobody-at-all/feed.json").statusCode()).isEqualTo(404);
  }
}
