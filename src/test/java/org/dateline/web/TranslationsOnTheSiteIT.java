package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.edition.Edition;
import org.dateline.testing.TestApp;
import org.dateline.testing.TranslatedStories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public site across language editions (decision 0077): a story links its published
 * translations (switcher, {@code hreflang} alternates with {@code x-default}, JSON-LD), never an
 * embargoed one; lists name their versions in the other editions; the home page shows the other
 * editions' top stories; search is per edition.
 */
class TranslationsOnTheSiteIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApp app;
  private static Article english;
  private static Article korean;
  private static Article arabic;
  private static Article spanishEmbargoed;
  private static Article alone;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().demo().loadEditions();
    var w = app.wiring();
    english =
        TranslatedStories.publish(
            w, "t:en", TranslatedStories.content("en", "Harbour traffic rises quokkaword"));
    korean =
        TranslatedStories.publish(w, "t:ko", TranslatedStories.content("ko", "항만 물동량 증가 쿼카단어"));
    arabic =
        TranslatedStories.publish(
            w, "t:ar", TranslatedStories.content("ar", "ارتفاع حركة الميناء"));
    spanishEmbargoed =
        TranslatedStories.embargo(
            w,
            "t:es",
            TranslatedStories.content("es", "Sube el tráfico portuario"),
            Instant.now().plus(2, ChronoUnit.DAYS));
    TranslatedStories.link(w, english, korean, arabic, spanishEmbargoed);
    alone =
        TranslatedStories.publish(
            w, "t:alone", TranslatedStories.content("en", "A story in one language only"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Document page(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), app.url(path));
  }

  /**
   * The absolute address of {@code path} as the site names it (its configured base URL, which
   * robots.txt gives).
   */
  private static String abs(String path) {
    String robots = app.get("/robots.txt").body();
    String sitemap = robots.substring(robots.indexOf("Sitemap: ") + "Sitemap: ".length()).strip();
    return sitemap.substring(0, sitemap.length() - "/sitemap.xml".length()) + path;
  }

  private static Edition edition(String code) {
    return app.wiring().editions().byCode(code).orElseThrow();
  }

  private static String path(Article a) {
    Article now = app.wiring().articles().find(a.id()).orElseThrow();
    return edition(now.edition()).root()
        + "/article/"
        + a.id().value()
        + "/"
        + org.dateline.shared.Slugs.inPath(now.slug());
  }

  /** The page's {@code hreflang} alternates: language → absolute address. */
  private static Map<String, String> alternates(Document d) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element link : d.select("head link[rel=alternate][hreflang]")) {
      assertThat(out.put(link.attr("hreflang"), link.attr("href")))
          .as("one alternate per language")
          .isNull();
    }
    return out;
  }

  private static JsonNode newsArticle(Document d) {
    try {
      JsonNode root = JSON.readTree(d.selectFirst("script[type=application/ld+json]").data());
      for (JsonNode node : root.get("@graph")) {
        if (node.get("@type").asText().equals("NewsArticle")) {
          return node;
        }
      }
      throw new AssertionError("no NewsArticle");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void an_article_links_its_published_translations_each_named_in_its_own_language() {
    Document d = page(path(english));
    List<Element> links = d.select("nav.translations a");
    assertThat(links).extracting(Element::text).containsExactly("한국어", "العربية");
    assertThat(links).extracting(a -> a.attr("href")).containsExactly(path(korean), path(arabic));
    assertThat(links).extracting(a -> a.attr("lang")).containsExactly("ko", "ar");
    assertThat(links.get(1).attr("dir")).isEqualTo("rtl");
    assertThat(links.get(0).hasAttr("dir")).isFalse();
    // The Korean page names English and Arabic, in its own words around them.
    Document ko = page(path(korean));
    assertThat(ko.select("nav.translations a"))
        .extracting(Element::text)
        .containsExactly(edition("en").name(), "العربية");
    assertThat(ko.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(page(path(arabic)).selectFirst("html").attr("dir")).isEqualTo("rtl");
  }

  @Test
  void a_story_without_translations_has_no_switcher_and_no_language_alternates() {
    Document d = page(path(alone));
    assertThat(d.select("nav.translations")).isEmpty();
    assertThat(alternates(d)).isEmpty();
    assertThat(newsArticle(d).has("workTranslation")).isFalse();
    assertThat(newsArticle(d).has("translationOfWork")).isFalse();
  }

  @Test
  void an_embargoed_translation_is_never_linked() {
    for (Article a : List.of(english, korean, arabic)) {
      Document d = page(path(a));
      assertThat(d.select("a[href*=/article/" + spanishEmbargoed.id().value() + "]")).isEmpty();
      assertThat(alternates(d)).doesNotContainKey("es");
      assertThat(d.html()).doesNotContain("Sube el tráfico");
    }
    assertThat(app.get("/es/article/" + spanishEmbargoed.id().value()).statusCode()).isEqualTo(404);
  }

  @Test
  void hreflang_alternates_are_reciprocal_over_every_translated_story() {
    // Every public story of a translation group in the store, whoever linked it.
    List<Long> translated =
        app.wiring()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT a.id FROM stories s JOIN articles a ON a.id = s.article_id"
                                + " WHERE s.translation_group IS NOT NULL"
                                + " AND a.state = 'published' AND (SELECT COUNT(*) FROM stories o"
                                + " JOIN articles oa ON oa.id = o.article_id"
                                + " WHERE o.translation_group = s.translation_group"
                                + " AND oa.state = 'published') > 1 ORDER BY a.id")
                        .mapTo(Long.class)
                        .list());
    assertThat(translated).hasSizeGreaterThanOrEqualTo(3);
    Map<String, Map<String, String>> byUrl = new LinkedHashMap<>();
    for (long id : translated) {
      Article a = app.wiring().articles().find(new ArticleId(id)).orElseThrow();
      Document d = page(path(a));
      byUrl.put(abs(path(a)), alternates(d));
    }
    Set<String> xDefaults = new HashSet<>();
    for (var entry : byUrl.entrySet()) {
      String url = entry.getKey();
      Map<String, String> alts = entry.getValue();
      assertThat(alts).as(url).containsKey("x-default").containsValue(url);
      xDefaults.add(alts.get("x-default"));
      for (var alt : alts.entrySet()) {
        assertThat(alt.getValue()).as("absolute").startsWith("http");
        if (alt.getKey().equals("x-default")) {
          continue;
        }
        // B, listed by A, is a page that lists A.
        Map<String, String> other = byUrl.get(alt.getValue());
        assertThat(other).as("%s lists %s, a translated story", url, alt.getValue()).isNotNull();
        assertThat(other).as("%s lists %s back", alt.getValue(), url).containsValue(url);
      }
    }
    // One group here: the same x-default everywhere, the default edition's version.
    assertThat(xDefaults).containsExactly(abs(path(english)));
  }

  @Test
  void json_ld_names_the_language_and_the_translations() {
    JsonNode en = newsArticle(page(path(english)));
    assertThat(en.get("inLanguage").asText()).isEqualTo("en");
    assertThat(en.get("workTranslation").findValuesAsText("url"))
        .containsExactlyInAnyOrder(abs(path(korean)), abs(path(arabic)));
    JsonNode ko = newsArticle(page(path(korean)));
    assertThat(ko.get("inLanguage").asText()).isEqualTo("ko");
    assertThat(ko.get("translationOfWork").get("url").asText()).isEqualTo(abs(path(english)));
  }

  @Test
  void a_lift_or_a_kill_of_a_translation_changes_the_cached_pages_of_the_others() {
    var w = app.wiring();
    Article source =
        TranslatedStories.publish(w, "c:en", TranslatedStories.content("en", "Cache source"));
    Article ja =
        TranslatedStories.embargo(
            w,
            "c:ja",
            TranslatedStories.content("ja", "キャッシュ翻訳"),
            Instant.now().plus(1, ChronoUnit.DAYS));
    TranslatedStories.link(w, source, ja);
    assertThat(page(path(source)).select("nav.translations")).isEmpty(); // cached now
    w.articles().liftEmbargo(ja.id());
    assertThat(page(path(source)).select("nav.translations a"))
        .extracting(Element::text)
        .containsExactly("日本語");
    w.articles().kill(ja.id());
    assertThat(page(path(source)).select("nav.translations")).isEmpty();
    assertThat(alternates(page(path(source)))).isEmpty();
  }

  @Test
  void lists_name_their_versions_in_every_edition_reciprocally() {
    Map<String, String> news = alternates(page("/news"));
    assertThat(news)
        .containsEntry("en", abs("/news"))
        .containsEntry("ko", abs("/ko/news"))
        .containsEntry("ar", abs("/ar/news"))
        .containsEntry("x-default", abs("/news"));
    for (Edition e : app.wiring().editions().all()) {
      assertThat(alternates(page(e.path("/news")))).as(e.code()).isEqualTo(news);
      assertThat(alternates(page(e.home())))
          .as(e.code())
          .containsEntry("x-default", abs("/"))
          .containsEntry(e.language(), abs(e.home()));
    }
  }

  @Test
  void a_home_page_shows_the_other_editions_top_stories_in_their_language() {
    Document home = page("/");
    Element block = home.selectFirst("section.other-editions");
    assertThat(block).isNotNull();
    assertThat(block.select("h3")).extracting(Element::text).contains("한국어", "العربية");
    assertThat(block.select("h3")).extracting(Element::text).doesNotContain(edition("en").name());
    for (Element item : block.select("li")) {
      assertThat(item.attr("lang")).isNotEmpty();
      String href = item.selectFirst("a").attr("href");
      assertThat(href).startsWith("/" + edition(item.attr("lang")).prefix() + "/article/");
      assertThat(item.attr("dir")).isEqualTo(item.attr("lang").equals("ar") ? "rtl" : "");
    }
    Document ar = page("/ar/");
    assertThat(ar.selectFirst("section.other-editions h3[lang=en]")).isNotNull();
    // The block follows publishes in the other editions: "/" is cached now.
    String headline = "새로운 항만 뉴스 펭귄";
    TranslatedStories.publish(app.wiring(), "t:ko-new", TranslatedStories.content("ko", headline));
    assertThat(page("/").select("section.other-editions li[lang=ko]").text()).contains(headline);
  }

  @Test
  void search_is_per_edition() {
    Document ko = page("/ko/search?q=" + enc("쿼카단어"));
    assertThat(hrefs(ko)).contains(path(korean));
    assertThat(ko.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(ko.selectFirst("form[role=search]").attr("action")).isEqualTo("/ko/search");
    Document koEnglishWord = page("/ko/search?q=quokkaword");
    assertThat(hrefs(koEnglishWord)).doesNotContain(path(english));
    Document en = page("/search?q=quokkaword");
    assertThat(hrefs(en)).contains(path(english));
    assertThat(page("/search?q=" + enc("쿼카단어")).select("main a[href*=/article/]")).isEmpty();
    assertThat(app.get("/xx/search?q=a").statusCode()).isEqualTo(404);
  }

  @Test
  void each_edition_has_its_story_sitemaps_with_hreflang_alternates() {
    String base = abs("");
    String index = app.get("/sitemap.xml").body();
    assertThat(org.dateline.testing.SitemapRules.indexErrors(index, base)).isEmpty();
    List<String> sitemaps = org.dateline.testing.SitemapRules.locs(index);
    assertThat(sitemaps)
        .contains(abs("/sitemaps/articles-0.xml"), abs("/sitemaps/articles-ko-0.xml"))
        .contains(abs("/sitemaps/articles-ar-0.xml"), abs("/sitemaps/articles-zh-Hans-0.xml"));
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String sitemap : sitemaps) {
      if (!sitemap.contains("/articles-")) {
        continue;
      }
      String xml = app.get(sitemap.substring(base.length())).body();
      assertThat(org.dateline.testing.SitemapRules.urlsetErrors(xml, base)).as(sitemap).isEmpty();
      all.putAll(org.dateline.testing.SitemapRules.alternates(xml));
    }
    String ko = app.get("/sitemaps/articles-ko-0.xml").body();
    assertThat(ko).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    assertThat(org.dateline.testing.SitemapRules.locs(ko))
        .contains(abs(path(korean)))
        .doesNotContain(abs(path(english)));
    // The same alternates as the pages, reciprocal across the editions' sitemaps.
    assertThat(all.get(abs(path(korean)))).isEqualTo(alternates(page(path(korean))));
    for (var entry : all.entrySet()) {
      for (var alt : entry.getValue().entrySet()) {
        if (!alt.getKey().equals("x-default")) {
          assertThat(all.get(alt.getValue())).as(alt.getValue()).containsValue(entry.getKey());
        }
      }
    }
    assertThat(all.get(abs(path(alone)))).isEmpty();
    assertThat(app.get("/sitemaps/articles-en-0.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/articles-xx-0.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/authors-ko-0.xml").statusCode()).isEqualTo(404);
    String sitePages = app.get("/sitemaps/pages.xml").body();
    assertThat(org.dateline.testing.SitemapRules.urlsetErrors(sitePages, base)).isEmpty();
    assertThat(org.dateline.testing.SitemapRules.alternates(sitePages).get(abs("/ko/news")))
        .isEqualTo(alternates(page("/news")));
  }

  @Test
  void feeds_are_per_edition() {
    assertThat(app.get("/ko/feed.rss").body())
        .contains("항만 물동량 증가")
        .doesNotContain("Harbour traffic rises");
    assertThat(app.get("/feed.rss").body())
        .contains("Harbour traffic rises")
        .doesNotContain("항만 물동량 증가");
    assertThat(app.get("/ar/feed.atom").body()).contains("ارتفاع حركة الميناء");
  }

  /** The links of the page's main part. */
  private static List<String> hrefs(Document d) {
    return d.select("main a[href]").stream().map(a -> a.attr("href")).toList();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
