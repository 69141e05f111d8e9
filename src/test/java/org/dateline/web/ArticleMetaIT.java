package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.testing.HostileInput;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an article page tells search engines and sharing sites: schema.org NewsArticle and
 * BreadcrumbList as JSON-LD, Open Graph and Twitter card tags with the lead photo's largest
 * rendition — parsed from the real page and followed to the addresses they name; and JSON-LD that
 * no headline can break out of.
 */
class ArticleMetaIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String path(String url) {
    return URI.create(url).getRawPath();
  }

  private static JsonNode jsonLd(Document page) throws Exception {
    var scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    return JSON.readTree(scripts.first().data());
  }

  private static JsonNode ofType(JsonNode graph, String type) {
    for (JsonNode n : graph.path("@graph")) {
      if (n.path("@type").asText().equals(type)) {
        return n;
      }
    }
    throw new AssertionError("no " + type + " in " + graph);
  }

  private static String meta(Document page, String property) {
    Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : e.attr("content");
  }

  /** A demo story with a lead photo, topics and a section. */
  private Document demoStoryWithPhoto() {
    Document home = Jsoup.parse(app.get("/").body());
    for (Element link : home.select("a[href^=/article/]")) {
      Document page = Jsoup.parse(app.get(link.attr("href")).body());
      if (!page.select("article figure img").isEmpty()
          && !page.select("section.tags a").isEmpty()
          && !page.select("a[rel=author]").isEmpty()) {
        return page;
      }
    }
    throw new AssertionError("no demo story with a photo, topics and bylines");
  }

  @Test
  void an_article_page_describes_itself_as_a_news_article_with_every_field_search_engines_read()
      throws Exception {
    Document page = demoStoryWithPhoto();
    JsonNode ld = jsonLd(page);
    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    JsonNode article = ofType(ld, "NewsArticle");
    String canonical = page.selectFirst("link[rel=canonical]").attr("href");
    assertThat(article.path("url").asText()).isEqualTo(canonical);
    assertThat(article.path("mainEntityOfPage").asText()).isEqualTo(canonical);
    assertThat(article.path("headline").asText()).isEqualTo(page.selectFirst("h1").text());
    // Dates with the edition's offset (Asia/Seoul), equal to the page's own times.
    assertThat(article.path("datePublished").asText()).matches(".*T.*\\+09:00");
    assertThat(article.path("dateModified").asText()).matches(".*T.*\\+09:00");
    assertThat(Instant.parse(page.selectFirst("p.kicker time").attr("datetime")))
        .isEqualTo(
            java.time.OffsetDateTime.parse(article.path("datePublished").asText()).toInstant());
    List<String> bylines = page.select("a[rel=author]").eachText();
    List<String> authors = new ArrayList<>();
    for (JsonNode a : article.path("author")) {
      assertThat(a.path("@type").asText()).isEqualTo("Person");
      authors.add(a.path("name").asText());
      assertThat(app.get(path(a.path("url").asText())).statusCode()).isEqualTo(200);
    }
    assertThat(authors).isEqualTo(bylines);
    JsonNode image = article.path("image").get(0);
    assertThat(app.get(path(image.path("url").asText())).statusCode()).isEqualTo(200);
    assertThat(image.path("width").asInt()).isPositive();
    JsonNode publisher = article.path("publisher");
    assertThat(publisher.path("@type").asText()).isEqualTo("NewsMediaOrganization");
    assertThat(publisher.path("name").asText()).isNotBlank();
    assertThat(app.get(path(publisher.path("logo").path("url").asText())).statusCode())
        .isEqualTo(200);
    assertThat(article.path("articleSection").asText())
        .isEqualTo(page.selectFirst("p.kicker a").text());
    List<String> keywords = new ArrayList<>();
    article.path("keywords").forEach(k -> keywords.add(k.asText()));
    assertThat(keywords).isEqualTo(page.select("section.tags a").eachText());
    assertThat(article.path("inLanguage").asText()).isEqualTo("en");

    JsonNode crumbs = ofType(ld, "BreadcrumbList").path("itemListElement");
    assertThat(crumbs).hasSize(3);
    for (int i = 0; i < crumbs.size(); i++) {
      assertThat(crumbs.get(i).path("position").asInt()).isEqualTo(i + 1);
      assertThat(app.get(path(crumbs.get(i).path("item").asText())).statusCode()).isEqualTo(200);
    }
    assertThat(crumbs.get(2).path("item").asText()).isEqualTo(canonical);
  }

  @Test
  void open_graph_and_twitter_cards_show_the_lead_photos_largest_rendition_with_its_size_and_alt()
      throws Exception {
    Document page = demoStoryWithPhoto();
    JsonNode images = ofType(jsonLd(page), "NewsArticle").path("image");
    String largest = images.get(0).path("url").asText();
    assertThat(meta(page, "og:type")).isEqualTo("article");
    assertThat(meta(page, "og:image")).isEqualTo(largest);
    assertThat(Integer.parseInt(meta(page, "og:image:width")))
        .isEqualTo(images.get(0).path("width").asInt())
        .isGreaterThanOrEqualTo(images.get(images.size() - 1).path("width").asInt());
    assertThat(Integer.parseInt(meta(page, "og:image:height"))).isPositive();
    assertThat(meta(page, "og:image:alt"))
        .isEqualTo(page.selectFirst("article figure img").attr("alt"));
    assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
    assertThat(meta(page, "twitter:image")).isEqualTo(largest);
    assertThat(meta(page, "article:published_time")).matches(".*\\+09:00");
    assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
        .isEqualTo(page.select("section.tags a").eachText());
  }

  @Test
  void no_headline_of_the_xss_corpus_ends_the_json_ld_script_or_opens_a_comment() throws Exception {
    for (String payload : HostileInput.xssPayloads()) {
      var published =
          app.wiring()
              .articles()
              .publish(
                  new ArticleContent(
                      payload,
                      payload,
                      "en",
                      "",
                      List.of("Reporter " + payload),
                      Optional.empty(),
                      List.of(new Block.Paragraph("Body.")),
                      List.of(payload),
                      5),
                  Instant.parse("2026-11-30T00:00:00Z"),
                  Optional.empty())
              .article();
      String html = app.get("/article/" + published.id() + "/" + published.slug()).body();
      Document page = Jsoup.parse(html);
      // The page's own scripts only: site.js and the one JSON-LD block, whatever the headline.
      assertThat(page.select("script").stream().map(e -> e.attr("type")).toList())
          .as(payload)
          .containsExactlyInAnyOrder("", "application/ld+json");
      int start = html.indexOf("<script type=\"application/ld+json\">");
      String block = html.substring(start, html.indexOf("</script>", start));
      assertThat(block).as(payload).doesNotContain("<!--").doesNotContainIgnoringCase("</script");
      JsonNode article = ofType(jsonLd(page), "NewsArticle");
      assertThat(article.path("headline").asText())
          .as(payload)
          .isEqualTo(page.selectFirst("h1").text());
    }
  }

  @Test
  void a_story_without_a_photo_gets_a_summary_card_and_no_image_tags() throws Exception {
    var published =
        app.wiring()
            .articles()
            .publish(
                new ArticleContent(
                    "Council votes on the new budget",
                    "",
                    "en",
                    "",
                    List.of(),
                    Optional.empty(),
                    List.of(new Block.Paragraph("The council met.")),
                    List.of(),
                    5),
                Instant.parse("2026-11-30T00:00:00Z"),
                Optional.empty())
            .article();
    Document page =
        Jsoup.parse(app.get("/article/" + published.id() + "/" + published.slug()).body());
    assertThat(meta(page, "twitter:card")).isEqualTo("summary");
    assertThat(meta(page, "og:image")).isNull();
    JsonNode article = ofType(jsonLd(page), "NewsArticle");
    assertThat(article.path("image")).isEmpty();
    assertThat(ofType(jsonLd(page), "BreadcrumbList").path("itemListElement")).hasSize(2);
  }
}
