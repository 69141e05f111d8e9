package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.delivery.WebhookSettings;
import org.dateline.newsroom.auth.Role;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberState;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.dateline.testing.WebhookReceiver;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator manages the wire's subscribers in the newsroom over real HTTP: the key is shown
 * once and works, failing deliveries show with their answer, and a redelivery goes out again.
 */
class SubscribersAdminIT {
  private static final Pattern KEY = Pattern.compile("<code id=\"api-key\">(dlk_[^<]+)</code>");
  @TempDir Path data;

  @Test
  void an_admin_adds_a_subscriber_sees_its_failing_deliveries_and_redelivers_them()
      throws Exception {
    WebhookReceiver receiver = WebhookReceiver.start();
    try (TestApp app =
        TestApp.start(
            data,
            false,
            Clock.systemUTC(),
            new WebhookSettings(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(2),
                    4,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    3,
                    1000)
                .allowing(WebhookReceiver.loopback()))) {
      var w = app.wiring();
      w.sections().ensure("Politics");
      Newsroom.user(w, Role.ADMIN, "Ada Admin");
      Newsroom.user(w, Role.EDITOR, "Eddie Editor");
      NewsroomClient admin =
          NewsroomClient.signIn(app, "ada.admin@newsroom.test", Newsroom.PASSWORD);
      NewsroomClient editor =
          NewsroomClient.signIn(app, "eddie.editor@newsroom.test", Newsroom.PASSWORD);

      HttpResponse<String> added =
          admin.post(
              "/newsroom/subscribers",
              "name",
              "Agence <b>통신</b>",
              "contact",
              "desk@agence.example",
              "sections",
              "Politics",
              "edition",
              "en",
              "ninjs",
              "1",
              "webhook",
              receiver.url(),
              "rate",
              "100");
      assertThat(added.statusCode()).isEqualTo(200);
      assertThat(added.body()).contains("Agence &lt;b&gt;통신&lt;/b&gt;").doesNotContain("<b>통신");
      Matcher m = KEY.matcher(added.body());
      assertThat(m.find()).isTrue();
      String key = m.group(1);
      assertThat(app.get("/wire/v1/changes", "Authorization", "Bearer " + key).statusCode())
          .isEqualTo(200);
      Subscriber s = w.subscribers().byName("Agence <b>통신</b>").orElseThrow();
      String page = "/newsroom/subscribers/" + s.id();
      assertThat(admin.get(page).body()).doesNotContain(key).contains(key.substring(0, 12));
      assertThat(editor.get(page).statusCode()).isEqualTo(403);

      receiver.answer(503);
      WireStories.publish(app, "Failing story", "Politics", "en");
      assertThat(receiver.await(() -> receiver.received().size() >= 3)).isTrue();
      assertThat(receiver.await(() -> admin.get(page).body().contains("gave up after 3 attempts")))
          .isTrue();
      String detail = admin.get(page).body();
      assertThat(detail).contains("HTTP 503", "delivery-failed", "<span id=\"failed\">1</span>");

      receiver.answer(200);
      long seq = w.deliveries().log(s.id(), 1).get(0).seq();
      HttpResponse<String> again = admin.post(page + "/redeliver", "seq", Long.toString(seq));
      assertThat(again.statusCode()).isEqualTo(303);
      assertThat(
              receiver.await(
                  () ->
                      receiver.answered() >= 4
                          && admin.get(page).body().contains("delivery-delivered")))
          .isTrue();

      admin.post(page + "/state", "action", "pause");
      assertThat(w.subscribers().find(s.id()).orElseThrow().state())
          .isEqualTo(SubscriberState.PAUSED);
      admin.post(page + "/state", "action", "resume");
      assertThat(w.subscribers().find(s.id()).orElseThrow().state())
          .isEqualTo(SubscriberState.ACTIVE);
      HttpResponse<String> rotated = admin.post(page + "/rotate");
      Matcher m2 = KEY.matcher(rotated.body());
      assertThat(m2.find()).isTrue();
      assertThat(app.get("/wire/v1/changes", "Authorization", "Bearer " + key).statusCode())
          .isEqualTo(401);
      admin.post(page + "/state", "action", "revoke");
      assertThat(app.get("/wire/v1/changes", "Authorization", "Bearer " + m2.group(1)).statusCode())
          .isEqualTo(401);
      assertThat(admin.get("/newsroom/subscribers").body()).contains("revoked");

      HttpResponse<String> bad =
          admin.post(
              "/newsroom/subscribers",
              "name",
              "Bad hook",
              "ninjs",
              "1",
              "webhook",
              "ftp://x.example/");
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("ftp://x.example/");
    } finally {
      receiver.close();
    }
  }
}
