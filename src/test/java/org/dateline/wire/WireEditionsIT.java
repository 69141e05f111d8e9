package org.dateline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.delivery.Delivery;
import org.dateline.delivery.WebhookSettings;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberRefused;
import org.dateline.testing.Newsroom;
import org.dateline.testing.Standards;
import org.dateline.testing.TestApp;
import org.dateline.testing.WebhookReceiver;
import org.dateline.testing.WireStories;
import org.dateline.testing.XmlDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire across language editions (decision 0078), over real HTTP against a real store: a
 * subscriber's editions filter its changes, items and webhooks; items carry their language,
 * direction, translation group and source, valid against IPTC's schemas.
 */
class WireEditionsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GROUP =
      "urn:dateline:translation:0b6f1c1e-5a55-4d0e-9d0c-2f1e7a3b9c41";
  @TempDir Path data;
  TestApp app;
  WebhookReceiver receiver;

  @BeforeEach
  void start() {
    app =
        TestApp.start(
            data,
            false,
            Clock.systemUTC(),
            new WebhookSettings(
                    Duration.ofMillis(500),
                    Duration.ofMillis(700),
                    4,
                    Duration.ofMillis(50),
                    Duration.ofMillis(400),
                    1000,
                    1000)
                .allowing(WebhookReceiver.loopback()));
    edition(app, "ko", 1);
    edition(app, "ar", 2);
    app.wiring().sections().ensure("Politics");
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    app.close();
    receiver.close();
  }

  /** Adds the edition of this language under its own prefix. */
  static void edition(TestApp app, String code, int position) {
    Edition base = new Edition("Dateline", code, ZoneId.of("Asia/Seoul"), "yyyy-MM-dd HH:mm");
    app.wiring()
        .editions()
        .add(
            new Edition(
                base.siteName(),
                code,
                base.zone(),
                base.datePattern(),
                base.feedText(),
                Edition.ownName(code),
                code.toLowerCase(Locale.ROOT),
                Optional.empty(),
                base.datelineStyle(),
                code.equals("ar") ? Edition.Direction.RTL : Edition.Direction.LTR,
                position,
                false));
  }

  private Issued subscriber(String name, List<String> editions, Optional<String> webhook) {
    return app.wiring()
        .subscribers()
        .add(new SubscriberForm(name, "", List.of(), editions, List.of(), webhook, 1000));
  }

  private HttpResponse<String> get(Issued s, String path) {
    return app.get(path, "Authorization", "Bearer " + s.apiKey());
  }

  @Test
  void a_subscriber_of_the_korean_edition_sees_only_korean_items_in_changes_items_and_webhooks()
      throws Exception {
    Issued korean = subscriber("연합 데스크", List.of("KO"), Optional.of(receiver.url()));
    Issued everyone = subscriber("Everything", List.of(), Optional.empty());
    ArticleId english = WireStories.publish(app, "Budget passes", "Politics", "en");
    ArticleId hangul = WireStories.publish(app, "예산안 통과", "Politics", "ko");
    ArticleId arabic = WireStories.publish(app, "إقرار الميزانية", "Politics", "ar");

    assertThat(korean.subscriber().editions()).containsExactly("ko");
    JsonNode changes = JSON.readTree(get(korean, "/wire/v1/changes").body());
    assertThat(changes.path("events").findValuesAsText("story"))
        .containsExactly(Long.toString(hangul.value()));
    JsonNode all = JSON.readTree(get(everyone, "/wire/v1/changes").body());
    assertThat(all.path("events").findValuesAsText("story"))
        .containsExactly(
            Long.toString(english.value()),
            Long.toString(hangul.value()),
            Long.toString(arabic.value()));

    HttpResponse<String> mine = get(korean, "/wire/v1/items/" + hangul.value());
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(mine.body()).path("language").asText()).isEqualTo("ko");
    for (ArticleId other : List.of(english, arabic)) {
      HttpResponse<String> outside = get(korean, "/wire/v1/items/" + other.value());
      HttpResponse<String> unknown = get(korean, "/wire/v1/items/" + (arabic.value() + 100));
      assertThat(outside.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(outside.body()).path("error").path("code").asText())
          .isEqualTo(JSON.readTree(unknown.body()).path("error").path("code").asText());
      assertThat(get(korean, "/wire/v1/items/" + other.value() + "/versions/1").statusCode())
          .isEqualTo(404);
    }
    assertThat(get(everyone, "/wire/v1/items/" + english.value()).statusCode()).isEqualTo(200);

    assertThat(receiver.await(() -> receiver.firstArrivals().size() >= 1)).isTrue();
    // The outbox was filled in one pass over the log: only the Korean story is queued for it.
    List<Delivery> queued = app.wiring().deliveries().log(korean.subscriber().id(), 50);
    assertThat(queued).extracting(Delivery::storyId).containsExactly(hangul.value());
    JsonNode pushed = JSON.readTree(receiver.received().get(0).body());
    assertThat(pushed.path("event").path("story").asLong()).isEqualTo(hangul.value());
    assertThat(pushed.path("item").path("language").asText()).isEqualTo("ko");
  }

  @Test
  void a_story_of_an_edition_under_a_prefix_is_linked_at_its_canonical_address_without_a_redirect()
      throws Exception {
    // Given: a Korean story, whose edition lives under /ko (decision 0116)
    Issued s = subscriber("Korean links", List.of(), Optional.empty());
    ArticleId hangul = WireStories.publish(app, "예산안 통과", "Politics", "ko");
    ArticleId english = WireStories.publish(app, "Budget passes", "Politics", "en");

    // When: the wire gives its public address in ninjs and NewsML-G2, and the news sitemap lists it
    String ninjsUrl =
        JSON.readTree(get(s, "/wire/v1/items/" + hangul.value()).body())
            .path("renditions")
            .get(0)
            .path("href")
            .asText();
    String newsmlUrl =
        XmlDoc.parse(get(s, "/wire/v1/items/" + hangul.value() + "?format=newsmlg2").body())
            .text("//g:remoteContent/@href");
    List<String> news = XmlDoc.parse(app.get("/sitemaps/news.xml").body()).texts("//sm:loc");

    // Then: each is the story's page under the prefix, which answers 200 (not a 301 to it)
    String path = java.net.URI.create(ninjsUrl).getRawPath();
    assertThat(path).startsWith("/ko/article/" + hangul.value() + "/");
    assertThat(app.get(path).statusCode()).isEqualTo(200);
    assertThat(newsmlUrl).isEqualTo(ninjsUrl);
    assertThat(news).contains(ninjsUrl);
    // and a story of the default edition keeps its address at the root
    String englishUrl =
        JSON.readTree(get(s, "/wire/v1/items/" + english.value()).body())
            .path("renditions")
            .get(0)
            .path("href")
            .asText();
    assertThat(java.net.URI.create(englishUrl).getRawPath())
        .startsWith("/article/" + english.value() + "/");
    assertThat(news).contains(englishUrl);
  }

  @Test
  void an_unknown_edition_is_refused_and_a_code_is_stored_as_its_edition_writes_it() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> subscriber("Nowhere", List.of("fr"), Optional.empty()))
        .isInstanceOf(SubscriberRefused.class)
        .hasMessageContaining("no edition \"fr\"");
    Issued both = subscriber("Both", List.of("AR", "en"), Optional.empty());
    assertThat(both.subscriber().editions()).containsExactly("ar", "en");
    assertThat(app.wiring().subscribers().editionsOf(both.subscriber()))
        .containsExactly("ar", "en");
  }

  @Test
  void an_arabic_item_in_newsml_g2_is_right_to_left_in_arabic_on_the_item_and_its_content()
      throws Exception {
    Issued s = subscriber("Arabic desk", List.of("ar"), Optional.empty());
    ArticleId arabic = WireStories.publish(app, "إقرار الميزانية", "Politics", "ar");
    for (String body : List.of("xhtml", "nitf")) {
      String xml =
          get(s, "/wire/v1/items/" + arabic.value() + "?format=newsmlg2&body=" + body).body();
      assertThat(Standards.newsMlG2Errors(xml)).isEmpty();
      XmlDoc doc = XmlDoc.parse(xml);
      assertThat(doc.text("/g:newsItem/@xml:lang")).isEqualTo("ar");
      assertThat(doc.text("/g:newsItem/@dir")).isEqualTo("rtl");
      assertThat(doc.text("//g:contentSet/g:inlineXML/@xml:lang")).isEqualTo("ar");
      assertThat(doc.text("//g:contentSet/g:inlineXML/@dir")).isEqualTo("rtl");
      assertThat(doc.text("//g:contentMeta/g:language/@tag")).isEqualTo("ar");
    }
    ArticleId english = WireStories.publish(app, "Budget passes", "Politics", "en");
    Issued all = subscriber("All desk", List.of(), Optional.empty());
    String xml = get(all, "/wire/v1/items/" + english.value() + "?format=newsmlg2").body();
    XmlDoc doc = XmlDoc.parse(xml);
    assertThat(doc.text("/g:newsItem/@xml:lang")).isEqualTo("en");
    assertThat(doc.text("//g:contentSet/g:inlineXML/@xml:lang")).isEqualTo("en");
    assertThat(doc.texts("/g:newsItem/@dir")).isEmpty();
    assertThat(doc.texts("//g:contentSet/g:inlineXML/@dir")).isEmpty();
  }

  @Test
  void a_translation_carries_its_group_and_a_link_to_its_source_in_every_format() throws Exception {
    Issued s = subscriber("Translations desk", List.of(), Optional.empty());
    ArticleId source = WireStories.publish(app, "Budget passes", "Politics", "en");
    ArticleId translation = WireStories.publish(app, "إقرار الميزانية", "Politics", "ar");
    ArticleId alone = WireStories.publish(app, "예산안 통과", "Politics", "ko");
    translated(source, translation);
    String sourceGuid =
        JSON.readTree(get(s, "/wire/v1/items/" + source.value()).body()).path("uri").asText();
    String sourceUrl =
        JSON.readTree(get(s, "/wire/v1/items/" + source.value()).body())
            .path("renditions")
            .get(0)
            .path("href")
            .asText();

    for (NinjsVersion version : NinjsVersion.values()) {
      String text =
          get(s, "/wire/v1/items/" + translation.value() + "?version=" + version.number.charAt(0))
              .body();
      assertThat(Standards.ninjsErrors(text, version)).isEmpty();
      JsonNode n = JSON.readTree(text);
      String altIds = version == NinjsVersion.V3 ? "altIds" : "altids";
      assertThat(n.path("language").asText()).isEqualTo("ar");
      assertThat(n.path(altIds).findValuesAsText("role"))
          .containsExactly("article-id", "translation-group");
      assertThat(n.path(altIds).get(1).path("value").asText()).isEqualTo(GROUP);
      JsonNode link = n.path("associations").get(0);
      assertThat(link.path("name").asText()).isEqualTo("translation-source");
      assertThat(link.path("uri").asText()).isEqualTo(sourceGuid);
      assertThat(link.path("language").asText()).isEqualTo("en");
      assertThat(link.path("renditions").get(0).path("href").asText()).isEqualTo(sourceUrl);
      assertThat(link.path("rel").asText(""))
          .isEqualTo(version == NinjsVersion.V3 ? "translation-source" : "");
    }
    for (String body : List.of("xhtml", "nitf")) {
      String xml =
          get(s, "/wire/v1/items/" + translation.value() + "?format=newsmlg2&body=" + body).body();
      assertThat(Standards.newsMlG2Errors(xml)).isEmpty();
      XmlDoc doc = XmlDoc.parse(xml);
      assertThat(doc.text("//g:itemMeta/g:link[@rel='dlrel:translationOf']/@residref"))
          .isEqualTo(sourceGuid);
      assertThat(doc.text("//g:itemMeta/g:link[@rel='dlrel:translationOf']/@href"))
          .isEqualTo(sourceUrl);
      assertThat(doc.text("//g:itemMeta/g:link[@rel='dlrel:translationOf']/@xml:lang"))
          .isEqualTo("en");
    }
    // The source is in the group too, with no source of its own; a story in no group has neither.
    JsonNode original =
        JSON.readTree(get(s, "/wire/v1/items/" + source.value() + "/versions/1").body());
    assertThat(original.path("altids").findValuesAsText("value")).contains(GROUP);
    assertThat(original.has("associations")).isFalse();
    JsonNode single = JSON.readTree(get(s, "/wire/v1/items/" + alone.value()).body());
    assertThat(single.path("altids").findValuesAsText("role")).containsExactly("article-id");
    String xml = get(s, "/wire/v1/items/" + alone.value() + "?format=newsmlg2").body();
    assertThat(xml).doesNotContain("translationOf").doesNotContain("dlrel");
  }

  @Test
  void a_translation_of_a_story_that_is_no_longer_published_keeps_its_group_without_a_source()
      throws Exception {
    Issued s = subscriber("Kill desk", List.of(), Optional.empty());
    ArticleId source = WireStories.publish(app, "Budget passes", "Politics", "en");
    ArticleId translation = WireStories.publish(app, "예산안 통과", "Politics", "ko");
    translated(source, translation);
    app.wiring().articles().kill(source, Optional.of("Wrong figures"));
    JsonNode n = JSON.readTree(get(s, "/wire/v1/items/" + translation.value()).body());
    assertThat(n.path("altids").findValuesAsText("value")).contains(GROUP);
    assertThat(n.has("associations")).isFalse();
  }

  /**
   * What the newsroom's translate action leaves in the store (V25): both newsroom stories in one
   * group, the translation naming its source.
   */
  private void translated(ArticleId source, ArticleId translation) {
    User editor = Newsroom.user(app.wiring(), Role.EDITOR, "Editor " + source.value());
    app.wiring().stories().forArticle(source.value(), editor);
    app.wiring().stories().forArticle(translation.value(), editor);
    app.wiring()
        .database()
        .jdbi()
        .useTransaction(
            h -> {
              h.createUpdate(
                      "UPDATE stories SET translation_group = :g WHERE article_id IN (:a, :b)")
                  .bind("g", GROUP)
                  .bind("a", source.value())
                  .bind("b", translation.value())
                  .execute();
              h.createUpdate(
                      "UPDATE stories SET translated_from ="
                          + " (SELECT id FROM stories WHERE article_id = :a) WHERE article_id = :b")
                  .bind("a", source.value())
                  .bind("b", translation.value())
                  .execute();
            });
  }
}
