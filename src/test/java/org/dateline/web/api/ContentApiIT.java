package org.dateline.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Block;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.testing.NpmTools;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public content API over real HTTP on the demo content: its OpenAPI document is valid OpenAPI
 * 3.1 (the official schema) and every endpoint's real answers — successes and errors — validate
 * against the response schema the document gives them; lists page stably while stories arrive; only
 * public stories; CORS, ETag and 304.
 */
class ContentApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOC = "https://dateline.test/api/v1/openapi.json";

  // One server on the demo content for the class (decision 0099): what a test publishes or kills
  // is its own story, and no test counts the stories.
  @TempDir static Path data;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private JsonNode json(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .as(path)
        .matches("application/json; ?charset=utf-8");
    return JSON.readTree(r.body());
  }

  private static ArticleContent story(String headline, String section) {
    return new ArticleContent(
        headline,
        "A summary.",
        "en",
        section,
        List.of("Kim Min-jun"),
        Optional.empty(),
        List.of(new Block.Paragraph("The body.")),
        List.of("Ports"),
        5);
  }

  @Test
  void the_served_document_is_valid_openapi_3_1_and_describes_every_content_route()
      throws Exception {
    String doc = app.get("/api/v1/openapi.json").body();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema oas = registry.getSchema(Files.readString(NpmTools.openApi31Schema()), InputFormat.JSON);
    var errors = oas.validate(doc, InputFormat.JSON);
    assertThat(errors).isEmpty();
    JsonNode tree = JSON.readTree(doc);
    assertThat(tree.path("openapi").asText()).startsWith("3.1.");
    Set<String> paths = new LinkedHashSet<>();
    tree.path("paths").propertyNames().forEach(paths::add);
    assertThat(paths)
        .contains(
            "/api/v1/articles",
            "/api/v1/articles/{id}",
            "/api/v1/sections",
            "/api/v1/sections/{slug}",
            "/api/v1/topics",
            "/api/v1/topics/{slug}",
            "/api/v1/authors",
            "/api/v1/authors/{slug}",
            "/api/v1/openapi.json");
    // Every route the server holds under /api/v1/ is in the document, and the wire's when its part
    // exists.
    if (getClass().getClassLoader().getResource("api/wire.openapi.json") != null) {
      assertThat(paths).anyMatch(p -> p.startsWith("/wire/v1/"));
    }
    // A broken document is refused: the check can fail.
    assertThat(oas.validate("{\"openapi\":\"3.1.0\",\"paths\":{}}", InputFormat.JSON)).isNotEmpty();
  }

  /** The response schema the document gives {@code template}'s GET for {@code status}. */
  private Schema responseSchema(String doc, String template, int status) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(Map.of(DOC, doc)));
    JsonNode response =
        JSON.readTree(doc)
            .path("paths")
            .path(template)
            .path("get")
            .path("responses")
            .path(Integer.toString(status));
    assertThat(response.isMissingNode()).as(template + " " + status + " documented").isFalse();
    String pointer;
    if (response.has("$ref")) {
      pointer = response.path("$ref").asText().substring(1) + "/content/application~1json/schema";
    } else {
      pointer =
          "/paths/"
              + template.replace("~", "~0").replace("/", "~1")
              + "/get/responses/"
              + status
              + "/content/application~1json/schema";
    }
    return registry.getSchema(SchemaLocation.of(DOC + "#" + pointer));
  }

  private void check(String doc, String template, String path, int status) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    var errors = responseSchema(doc, template, status).validate(r.body(), InputFormat.JSON);
    assertThat(errors).as(path + " -> " + r.body()).isEmpty();
  }

  @Test
  void every_endpoints_real_answers_match_their_documented_schemas() {
    String doc = app.get("/api/v1/openapi.json").body();
    JsonNode list = json("/api/v1/articles?limit=3");
    String cursor = list.path("next_cursor").asText();
    long id = list.path("items").get(0).path("id").asLong();
    JsonNode section = json("/api/v1/sections").path("items").get(0);
    JsonNode topic = json("/api/v1/topics?limit=1").path("items").get(0);
    JsonNode author = json("/api/v1/authors?limit=1").path("items").get(0);
    String sectionSlug = URI.create(section.path("api_url").asText()).getRawPath().substring(17);
    String topicSlug = URI.create(topic.path("api_url").asText()).getRawPath().substring(15);
    String authorSlug = URI.create(author.path("api_url").asText()).getRawPath().substring(16);

    check(doc, "/api/v1/articles", "/api/v1/articles", 200);
    check(doc, "/api/v1/articles", "/api/v1/articles?limit=3&cursor=" + cursor, 200);
    check(doc, "/api/v1/articles", "/api/v1/articles?section=" + sectionSlug, 200);
    check(doc, "/api/v1/articles", "/api/v1/articles?topic=" + topicSlug, 200);
    check(doc, "/api/v1/articles", "/api/v1/articles?author=" + authorSlug, 200);
    check(doc, "/api/v1/articles", "/api/v1/articles?limit=0", 400);
    check(doc, "/api/v1/articles", "/api/v1/articles?cursor=yesterday", 400);
    check(doc, "/api/v1/articles", "/api/v1/articles?section=a&topic=b", 400);
    for (JsonNode item : json("/api/v1/articles?limit=100").path("items")) {
      check(doc, "/api/v1/articles/{id}", "/api/v1/articles/" + item.path("id").asLong(), 200);
    }
    check(doc, "/api/v1/articles/{id}", "/api/v1/articles/999999", 404);
    check(doc, "/api/v1/sections", "/api/v1/sections", 200);
    check(doc, "/api/v1/sections/{slug}", "/api/v1/sections/" + sectionSlug, 200);
    check(doc, "/api/v1/sections/{slug}", "/api/v1/sections/no-such-section", 404);
    check(doc, "/api/v1/topics", "/api/v1/topics", 200);
    check(doc, "/api/v1/topics", "/api/v1/topics?limit=1", 200);
    check(doc, "/api/v1/topics", "/api/v1/topics?cursor=x", 400);
    check(doc, "/api/v1/topics/{slug}", "/api/v1/topics/" + topicSlug, 200);
    check(doc, "/api/v1/topics/{slug}", "/api/v1/topics/no-such-topic", 404);
    check(doc, "/api/v1/authors", "/api/v1/authors", 200);
    check(doc, "/api/v1/authors", "/api/v1/authors?limit=2&cursor=1", 200);
    check(doc, "/api/v1/authors/{slug}", "/api/v1/authors/" + authorSlug, 200);
    check(doc, "/api/v1/authors/{slug}", "/api/v1/authors/nobody-at-all", 404);
    app.wiring().articles().kill(new ArticleId(id));
    check(doc, "/api/v1/articles/{id}", "/api/v1/articles/" + id, 410);
    // The error shape, with the user's text kept.
    JsonNode error = json("/api/v1/articles?limit=5000");
    assertThat(error.path("error").path("code").asText()).isEqualTo("bad_request");
    assertThat(error.path("error").path("message").asText()).contains("5000");
    assertThat(json("/api/v1/nothing-here").path("error").path("code").asText())
        .isEqualTo("not_found");
  }

  @Test
  void walking_the_pages_while_stories_arrive_gives_every_older_story_once_and_in_order() {
    List<Long> before =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(100)).items().stream()
            .map(ArticleSummary::id)
            .map(ArticleId::value)
            .toList();
    List<Long> walked = new ArrayList<>();
    String next = "/api/v1/articles?limit=4";
    int round = 0;
    while (next != null) {
      JsonNode page = json(next);
      page.path("items").forEach(i -> walked.add(i.path("id").asLong()));
      // A story arrives between every two pages; it is newer than every page still to come.
      app.wiring()
          .articles()
          .publish(story("Late arrival " + round++, ""), Instant.now(), Optional.empty());
      next =
          page.path("next").isNull()
              ? null
              : URI.create(page.path("next").asText()).getRawPath()
                  + "?"
                  + URI.create(page.path("next").asText()).getRawQuery();
    }
    assertThat(walked).isEqualTo(before);
    assertThat(round).isGreaterThan(2);
  }

  @Test
  void only_public_stories_and_names_are_served() {
    Instant until = Instant.now().plusSeconds(3600);
    var embargoed =
        app.wiring()
            .articles()
            .embargo(story("Secret tariff plan unveiled", ""), until, "embargo-1");
    String all = app.get("/api/v1/articles?limit=100").body();
    assertThat(all).doesNotContain("Secret tariff");
    assertThat(app.get("/api/v1/articles/" + embargoed.id()).statusCode()).isEqualTo(404);
    var published =
        app.wiring()
            .articles()
            .publish(story("Port strike ends", ""), Instant.now(), Optional.empty())
            .article();
    assertThat(app.get("/api/v1/articles?limit=100").body()).contains("Port strike ends");
    app.wiring().articles().kill(published.id());
    assertThat(app.get("/api/v1/articles?limit=100").body()).doesNotContain("Port strike ends");
    assertThat(app.get("/api/v1/articles/" + published.id()).statusCode()).isEqualTo(410);
  }

  @Test
  void a_list_gives_a_story_of_a_prefixed_edition_its_canonical_address() {
    // Given a story of the Korean edition, served under /ko (decision 0116, 0117)
    app.wiring().demo().loadEditions();
    var korean =
        app.wiring()
            .articles()
            .publish(
                new ArticleContent(
                    "인천항 야간 하역 재개",
                    "인천항의 야간 하역이 다시 시작됐다.",
                    "ko",
                    "경제",
                    List.of("정하은"),
                    Optional.empty(),
                    List.of(new Block.Paragraph("인천항의 야간 하역이 다시 시작됐다.")),
                    List.of("항만"),
                    5),
                Instant.now(),
                Optional.empty())
            .article();

    // When a list names it
    JsonNode item = null;
    for (JsonNode i : json("/api/v1/articles?limit=100").path("items")) {
      if (i.path("id").asLong() == korean.id().value()) {
        item = i;
      }
    }

    // Then its address is the edition's canonical one, which answers without a redirect
    assertThat(item).as("the Korean story in the list").isNotNull();
    String url = item.path("url").asText();
    assertThat(url).contains("/ko/article/" + korean.id().value() + "/");
    assertThat(app.get(URI.create(url).getRawPath()).statusCode()).isEqualTo(200);
    // and so are its section's, topics' and authors' pages, in the list and in the whole story
    JsonNode whole = json("/api/v1/articles/" + korean.id().value());
    List<String> pages =
        List.of(
            item.path("section").path("url").asText(),
            whole.path("section").path("url").asText(),
            whole.path("topics").path(0).path("url").asText(),
            whole.path("authors").path(0).path("url").asText());
    for (String page : pages) {
      String path = URI.create(page).getRawPath();
      assertThat(path).as(page).startsWith("/ko/");
      assertThat(app.get(path).statusCode()).as(page).isEqualTo(200);
    }
  }

  @Test
  void any_origin_may_read_with_a_preflight_and_revalidate_by_etag() {
    HttpResponse<String> preflight =
        app.send(
            HttpRequest.newBuilder(URI.create(app.url("/api/v1/articles")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://reader.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .build());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("GET");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("If-None-Match");

    // First answer rendered by Javalin, the second from the cache in Jetty: both carry CORS.
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> r = app.get("/api/v1/sections", "Origin", "https://reader.example");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
      assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
          .contains("ETag");
      String etag = r.headers().firstValue("ETag").orElseThrow();
      assertThat(app.get("/api/v1/sections", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
    HttpResponse<String> deep = app.get("/api/v1/articles?limit=2");
    String next = JSON.readTree(deep.body()).path("next").asText();
    HttpResponse<String> second =
        app.get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery());
    String etag = second.headers().firstValue("ETag").orElseThrow();
    assertThat(
            app.get(
                    URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery(),
                    "If-None-Match",
                    etag)
                .statusCode())
        .isEqualTo(304);
    assertThat(
            app.get("/api/v1/articles/1", "Origin", "https://x.example")
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .contains("*");
  }
}
