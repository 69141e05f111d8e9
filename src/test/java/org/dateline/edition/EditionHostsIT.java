package org.dateline.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.demo.DemoTranslations;
import org.dateline.demo.DemoUsers;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition at its own host (decision 0087): the Korean edition, given the host {@code
 * ko.news.test}, is served at the root of that host, its prefixed paths answer 301 to it from
 * either host, its pages and the English ones name each other at their own hosts, its sitemaps list
 * its pages at its host, and the page cache never gives one host's page to the other. Real HTTP
 * over a socket, so that the {@code Host} header can be chosen.
 */
class EditionHostsIT {
  private static final String KO = "ko.news.test";
  private static final String PROXY = "127.0.0.2";
  private static TestApp app;

  @BeforeAll
  static void start(@TempDir Path data) {
    // 127.0.0.2 is the trusted proxy; the tests' own requests come from 127.0.0.1.
    app =
        TestApp.start(
            TestStore.config(data)
                .withOps(Config.Ops.defaults().withTrustedProxies(List.of(PROXY + "/32"))),
            true);
    Wiring w = app.wiring();
    w.demo().loadEditions();
    new DemoUsers(w.users()).ensure();
    var editor = w.users().byEmail("editor@dateline.test").orElseThrow();
    new DemoTranslations(w.stories(), w.translations(), w.workflow(), w.sections(), w.editions())
        .ensure(editor);
    host("ko", KO);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Gives edition {@code code} the host {@code host}, as the newsroom's editions page does. */
  private static void host(String code, String host) {
    Editions editions = app.wiring().editions();
    Edition e = editions.byCode(code).orElseThrow();
    editions.set(
        new Edition(
            e.siteName(),
            e.language(),
            e.zone(),
            e.datePattern(),
            e.feedText(),
            e.name(),
            e.prefix(),
            java.util.Optional.of(host),
            e.datelineStyle(),
            e.direction(),
            e.position(),
            e.isDefault()),
        "test");
  }

  private static String main() {
    return "127.0.0.1:" + app.port();
  }

  private static RawHttp.Response get(String host, String target) {
    return RawHttp.send(app.port(), "GET", target, List.of("Host", host), null, null);
  }

  private static Document page(String host, String target) {
    RawHttp.Response r = get(host, target);
    assertThat(r.status()).as(host + target).isEqualTo(200);
    return Jsoup.parse(r.text(), "http://" + host + target);
  }

  /** The path (and query) of an address, for asking a host for it. */
  private static String pathOf(String address) {
    java.net.URI uri = java.net.URI.create(address);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  @Test
  void the_korean_edition_is_served_at_the_root_of_its_host() {
    Document home = page(KO, "/");
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ko");
    Document news = page(KO, "/news");
    assertThat(news.selectFirst("html").attr("lang")).isEqualTo("ko");
    List<String> stories = news.select("main a[href*=/article/]").eachAttr("href");
    assertThat(stories).isNotEmpty().allMatch(h -> h.startsWith("http://" + KO + "/article/"));
    Document story = page(KO, pathOf(stories.get(0)));
    assertThat(story.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(story.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(stories.get(0));
    // Links name the host's pages at the host, never under the prefix.
    for (Document d : List.of(home, news, story)) {
      assertThat(d.select("a[href^=/ko]").eachAttr("href")).as(d.location()).isEmpty();
    }
    assertThat(page(KO, "/feed.rss").html()).contains("http://" + KO + "/");
    // Site-wide paths are the site's on every host.
    assertThat(get(KO, "/healthz").status()).isEqualTo(200);
    // The main host keeps the English edition at its root.
    assertThat(page(main(), "/").selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void the_feeds_a_page_names_at_the_korean_host_are_absolute_at_that_host() {
    // Given: the Korean edition's pages at its own host (decision 0116)
    for (String target : List.of("/", "/news")) {
      // When: a page names its feeds in <link rel="alternate">
      List<String> feeds =
          page(KO, target).select("head link[rel=alternate][type]").eachAttr("href");
      // Then: each is the feed's absolute address at the host, which answers 200 there
      assertThat(feeds)
          .as(target)
          .containsExactly(
              "http://" + KO + "/feed.rss",
              "http://" + KO + "/feed.atom",
              "http://" + KO + "/feed.json");
      for (String feed : feeds) {
        assertThat(get(KO, pathOf(feed)).status()).as(feed).isEqualTo(200);
      }
    }
    // The main host's pages keep naming their feeds by path.
    assertThat(page(main(), "/news").select("head link[rel=alternate][type]").eachAttr("href"))
        .containsExactly("/feed.rss", "/feed.atom", "/feed.json");
  }

  @Test
  void behind_a_trusted_proxy_the_forwarded_host_chooses_the_edition() {
    RawHttp.Response viaProxy =
        RawHttp.send(
            app.port(), "GET", "/", List.of("Host", main(), "X-Forwarded-Host", KO), null, PROXY);
    assertThat(Jsoup.parse(viaProxy.text()).selectFirst("html").attr("lang")).isEqualTo("ko");
    // From anyone else the header is not believed: the Host header decides.
    RawHttp.Response forged =
        RawHttp.send(
            app.port(), "GET", "/", List.of("Host", main(), "X-Forwarded-Host", KO), null, null);
    assertThat(Jsoup.parse(forged.text()).selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void a_prefixed_path_answers_301_to_the_korean_host_from_either_host() {
    RawHttp.Response onItsHost = get(KO, "/ko/news");
    assertThat(onItsHost.status()).isEqualTo(301);
    assertThat(pathOf(onItsHost.header("location"))).isEqualTo("/news");
    assertThat(pathOf(get(KO, "/ko").header("location"))).isEqualTo("/");

    RawHttp.Response onMain = get(main(), "/ko/search?q=%EC%84%9C%EC%9A%B8");
    assertThat(onMain.status()).isEqualTo(301);
    assertThat(onMain.header("location"))
        .isEqualTo("http://" + KO + "/search?q=%EC%84%9C%EC%9A%B8");
    assertThat(get(main(), "/ko/").header("location")).isEqualTo("http://" + KO + "/");
    // An edition without a host stays under its prefix on the main host.
    assertThat(get(main(), "/ja/news").status()).isEqualTo(200);
  }

  @Test
  void the_english_and_korean_versions_name_each_other_at_their_own_hosts() {
    Document news = page(main(), "/news");
    Element lantern =
        news.select("main a[href*=/article/]").stream()
            .filter(a -> a.text().contains("Lantern festival"))
            .findFirst()
            .orElseThrow();
    Document english = page(main(), lantern.attr("href"));
    String englishUrl = english.selectFirst("link[rel=canonical]").attr("href");
    String koreanUrl = english.selectFirst("link[rel=alternate][hreflang=ko]").attr("href");
    assertThat(koreanUrl).startsWith("http://" + KO + "/article/");
    // The switcher links to it at its host too.
    assertThat(english.select("a[hreflang=ko]").eachAttr("href")).contains(koreanUrl);

    Document korean = page(KO, pathOf(koreanUrl));
    assertThat(korean.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(korean.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(koreanUrl);
    assertThat(korean.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
        .isEqualTo(englishUrl);
    assertThat(korean.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"))
        .isEqualTo(englishUrl);
    assertThat(korean.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(koreanUrl);
  }

  @Test
  void the_korean_host_names_its_own_sitemaps_listing_its_pages_at_that_host() {
    assertThat(get(KO, "/robots.txt").text()).contains("Sitemap: http://" + KO + "/sitemap.xml");
    assertThat(get(main(), "/robots.txt").text()).doesNotContain(KO);

    String index = get(KO, "/sitemap.xml").text();
    assertThat(index).contains("<loc>http://" + KO + "/sitemaps/articles-ko-0.xml</loc>");
    assertThat(index).doesNotContain("articles-ja-");
    String stories = get(KO, "/sitemaps/articles-ko-0.xml").text();
    assertThat(stories).contains("<loc>http://" + KO + "/article/").doesNotContain("/ko/article/");
    // The main host's index is still the whole site's.
    assertThat(get(main(), "/sitemap.xml").text()).contains("articles-ja-0.xml");
  }

  @Test
  void a_page_of_one_host_is_never_served_to_the_other() {
    for (int round = 0; round < 2; round++) { // the second round comes from the page cache
      assertThat(page(main(), "/").selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page(KO, "/").selectFirst("html").attr("lang")).isEqualTo("ko");
      assertThat(page(main(), "/news").selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page(KO, "/news").selectFirst("html").attr("lang")).isEqualTo("ko");
    }
  }

  @Test
  void a_changed_host_counts_without_a_restart() {
    page(KO, "/news"); // cached with the old host's addresses
    try {
      host("ko", "korea.news.test");
      Document news = page("korea.news.test", "/news");
      assertThat(news.selectFirst("html").attr("lang")).isEqualTo("ko");
      assertThat(news.select("main a[href*=/article/]").eachAttr("href"))
          .allMatch(h -> h.startsWith("http://korea.news.test/article/"));
      // The old host is now an unknown one: the main site.
      assertThat(page(KO, "/").selectFirst("html").attr("lang")).isEqualTo("en");
    } finally {
      host("ko", KO);
    }
    assertThat(page(KO, "/").selectFirst("html").attr("lang")).isEqualTo("ko");
  }
}
