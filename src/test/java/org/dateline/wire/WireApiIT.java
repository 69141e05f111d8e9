package org.dateline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dateline.article.ArticleId;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.testing.Standards;
import org.dateline.testing.TestApp;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wire API over real HTTP against a real store: items, versions, changes, keys, limits. */
class WireApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    app.wiring().sections().ensure("Sports");
    app.wiring().sections().ensure("Politics");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private Issued subscriber(String name, List<String> sections, List<String> editions, int rate) {
    return app.wiring()
        .subscribers()
        .add(
            new SubscriberForm(
                name, "desk@example.com", sections, editions, List.of(), Optional.empty(), rate));
  }

  private HttpResponse<String> get(Issued s, String path) {
    return app.get(path, "Authorization", "Bearer " + s.apiKey());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void every_version_of_a_story_is_served_and_a_kill_is_a_new_canceled_version_with_its_note()
      throws Exception {
    Issued s = subscriber("Agence 日本", List.of(), List.of(), 1000);
    var articles = app.wiring().articles();
    ArticleId id = WireStories.publish(app, "Budget passes", "Politics", "en");
    articles.update(
        id, WireStories.content("Budget passes, 190 to 80", "Politics", "en"), Optional.empty());
    articles.update(
        id,
        WireStories.content("Budget passes, 190 to 81", "Politics", "en"),
        Optional.of("An earlier version misstated the vote."));
    articles.kill(id, Optional.of("Legal advice"));

    HttpResponse<String> current = get(s, "/wire/v1/items/" + id.value());
    assertThat(current.statusCode()).isEqualTo(200);
    JsonNode item = json(current);
    assertThat(Standards.ninjsErrors(current.body(), NinjsVersion.V2)).isEmpty();
    assertThat(item.path("version").asText()).isEqualTo("4");
    assertThat(item.path("pubstatus").asText()).isEqualTo("canceled");
    assertThat(item.path("ednote").asText()).contains("Killed: Legal advice");

    JsonNode first = json(get(s, "/wire/v1/items/" + id.value() + "/versions/1"));
    assertThat(first.path("headlines").get(0).path("value").asText()).isEqualTo("Budget passes");
    assertThat(first.path("pubstatus").asText()).isEqualTo("usable");
    assertThat(first.path("uri").asText()).isEqualTo(item.path("uri").asText());
    JsonNode third = json(get(s, "/wire/v1/items/" + id.value() + "/versions/3?version=3"));
    assertThat(Standards.ninjsErrors(third.toString(), NinjsVersion.V3)).isEmpty();
    assertThat(third.path("headlines").get(0).path("value").asText())
        .isEqualTo("Budget passes, 190 to 81");
    assertThat(third.toString()).contains("An earlier version misstated the vote.");
    assertThat(Instant.parse(third.path("firstCreated").asText()))
        .isEqualTo(Instant.parse(first.path("firstcreated").asText()));

    HttpResponse<String> xml =
        get(s, "/wire/v1/items/" + id.value() + "/versions/2?format=newsmlg2&body=nitf");
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("xml"));
    assertThat(Standards.newsMlG2Errors(xml.body())).isEmpty();
    assertThat(xml.body()).contains("Budget passes, 190 to 80");

    HttpResponse<String> missing = get(s, "/wire/v1/items/" + id.value() + "/versions/9");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).path("error").path("code").asText()).isEqualTo("not_found");
  }

  @Test
  void an_embargoed_story_reaches_subscribers_withheld_with_times_that_are_not_in_the_future()
      throws Exception {
    Issued s = subscriber("Embargo desk", List.of(), List.of(), 1000);
    Instant until = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    var article =
        app.wiring()
            .articles()
            .embargo(WireStories.content("Under embargo", "Politics", "en"), until, "k:emb");
    JsonNode item = json(get(s, "/wire/v1/items/" + article.id().value()));
    assertThat(item.path("pubstatus").asText()).isEqualTo("withheld");
    assertThat(Instant.parse(item.path("embargoed").asText())).isEqualTo(until);
    assertThat(Instant.parse(item.path("firstcreated").asText()))
        .isBefore(Instant.now().plusSeconds(1));
    assertThat(Instant.parse(item.path("versioncreated").asText()))
        .isBefore(Instant.now().plusSeconds(1));
    // The public site still shows nothing of it.
    assertThat(app.get("/article/" + article.id().value()).statusCode()).isEqualTo(404);

    app.wiring().articles().liftEmbargo(article.id());
    JsonNode lifted = json(get(s, "/wire/v1/items/" + article.id().value()));
    assertThat(lifted.path("pubstatus").asText()).isEqualTo("usable");
    assertThat(lifted.path("version").asText()).isEqualTo("2");
    JsonNode changes = json(get(s, "/wire/v1/changes"));
    assertThat(changes.path("events").findValuesAsText("type")).containsExactly("embargo", "lift");
  }

  @Test
  void changes_come_in_commit_order_filtered_by_section_and_edition_and_resume_from_the_cursor()
      throws Exception {
    WireEditionsIT.edition(app, "ko", 1);
    Issued sports = subscriber("Sports only", List.of("Sports"), List.of("en"), 1000);
    ArticleId a = WireStories.publish(app, "Match report", "Sports", "en");
    WireStories.publish(app, "Vote count", "Politics", "en");
    WireStories.publish(app, "경기 결과", "Sports", "ko");
    ArticleId d = WireStories.publish(app, "Final whistle", "Sports", "en");

    JsonNode page = json(get(sports, "/wire/v1/changes?limit=1"));
    assertThat(page.path("events").findValuesAsText("story"))
        .containsExactly(Long.toString(a.value()));
    JsonNode rest = json(get(sports, "/wire/v1/changes?after=" + page.path("next").asText()));
    assertThat(rest.path("events").findValuesAsText("story"))
        .containsExactly(Long.toString(d.value()));
    assertThat(rest.path("events").get(0).path("type").asText()).isEqualTo("publish");
    JsonNode end = json(get(sports, "/wire/v1/changes?after=" + rest.path("next").asText()));
    assertThat(end.path("events")).isEmpty();
    assertThat(end.path("next").asText()).isEqualTo(rest.path("next").asText());
    // A story outside the subscription is not served either.
    HttpResponse<String> other = get(sports, "/wire/v1/items/" + (a.value() + 1));
    assertThat(other.statusCode()).isEqualTo(404);
  }

  @Test
  void a_long_poll_returns_the_event_that_is_published_while_it_waits() throws Exception {
    Issued s = subscriber("Poller", List.of(), List.of(), 1000);
    String cursor = json(get(s, "/wire/v1/changes")).path("next").asText();
    CompletableFuture<HttpResponse<String>> poll =
        CompletableFuture.supplyAsync(() -> get(s, "/wire/v1/changes?wait=20&after=" + cursor));
    // Publish only once the poll is waiting (it has found nothing yet).
    Thread.sleep(300);
    assertThat(poll).isNotDone();
    ArticleId id = WireStories.publish(app, "Breaking", "Politics", "en");
    JsonNode page = json(poll.get());
    assertThat(page.path("events").findValuesAsText("story"))
        .containsExactly(Long.toString(id.value()));
  }

  @Test
  void a_key_over_its_rate_is_refused_with_429_and_retry_after_and_every_request_is_counted()
      throws Exception {
    Issued s = subscriber("Slow lane", List.of(), List.of(), 1);
    int ok = 0;
    HttpResponse<String> refused = null;
    for (int i = 0; i < 5 && refused == null; i++) {
      HttpResponse<String> r = get(s, "/wire/v1/changes");
      if (r.statusCode() == 429) {
        refused = r;
      } else {
        assertThat(r.statusCode()).isEqualTo(200);
        ok++;
      }
    }
    assertThat(ok).isEqualTo(2); // two seconds' worth at one a second
    assertThat(refused).isNotNull();
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(json(refused).path("error").path("code").asText()).isEqualTo("rate_limited");
    app.wiring().subscribers().flushUsage();
    assertThat(app.wiring().subscribers().usage(s.subscriber().id(), 1))
        .singleElement()
        .satisfies(u -> assertThat(u.requests()).isEqualTo(3));
  }

  @Test
  void a_revoked_key_is_refused_at_once_and_a_rotated_key_replaces_the_old_one() throws Exception {
    Issued s = subscriber("Revocable", List.of(), List.of(), 1000);
    assertThat(get(s, "/wire/v1/changes").statusCode()).isEqualTo(200);
    app.wiring().subscribers().revoke(s.subscriber().id());
    HttpResponse<String> refused = get(s, "/wire/v1/changes");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).path("error").path("code").asText()).isEqualTo("unauthorized");
    Issued rotated = app.wiring().subscribers().rotate(s.subscriber().id());
    assertThat(get(rotated, "/wire/v1/changes").statusCode()).isEqualTo(200);
    assertThat(get(s, "/wire/v1/changes").statusCode()).isEqualTo(401);
    assertThat(rotated.webhookSecret()).isNotEqualTo(s.webhookSecret());
  }

  @Test
  void a_request_without_a_valid_key_reveals_nothing_of_an_embargoed_story() throws Exception {
    var article =
        app.wiring()
            .articles()
            .embargo(
                WireStories.content("Secret merger", "Politics", "en"),
                Instant.now().plus(Duration.ofDays(1)),
                "k:secret");
    for (String path :
        List.of(
            "/wire/v1/items/" + article.id().value(),
            "/wire/v1/items/" + article.id().value() + "/versions/1",
            "/wire/v1/changes",
            "/wire/v1/changes?wait=1")) {
      for (String[] headers :
          List.of(new String[] {}, new String[] {"Authorization", "Bearer dlk_not-a-key"})) {
        HttpResponse<String> r = app.get(path, headers);
        assertThat(r.statusCode()).as(path).isEqualTo(401);
        assertThat(json(r).path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(r.body()).doesNotContain("Secret merger").doesNotContain("merger");
      }
    }
    HttpResponse<String> unknown = app.get("/wire/v1/nothing-here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("error").path("code").asText()).isEqualTo("not_found");
  }

  @Test
  void bad_parameters_are_refused_with_a_stable_code_and_the_text_that_was_sent() throws Exception {
    Issued s = subscriber("Careless", List.of(), List.of(), 1000);
    HttpResponse<String> cursor = get(s, "/wire/v1/changes?after=%E2%9C%93nope");
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(json(cursor).path("error").path("code").asText()).isEqualTo("bad_cursor");
    assertThat(json(cursor).path("error").path("message").asText()).contains("✓nope");
    HttpResponse<String> limit = get(s, "/wire/v1/changes?limit=5000");
    assertThat(json(limit).path("error").path("code").asText()).isEqualTo("bad_request");
    ArticleId id = WireStories.publish(app, "Format test", "Politics", "en");
    HttpResponse<String> format = get(s, "/wire/v1/items/" + id.value() + "?format=rss");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(json(format).path("error").path("code").asText()).isEqualTo("bad_format");
    assertThat(json(format).path("error").path("message").asText()).contains("\"rss\"");
  }
}
