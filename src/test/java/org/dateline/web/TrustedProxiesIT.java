package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dateline.Config;
import org.dateline.article.ArticleId;
import org.dateline.testing.TestApp;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a trusted proxy, limits and checks see the real client (X-Forwarded-For,
 * X-Forwarded-Host); without one configured, the same headers change nothing.
 */
class TrustedProxiesIT {
  @TempDir Path data;

  private TestApp start(List<String> trusted) {
    TestApp app =
        TestApp.start(
            Config.of(data, "127.0.0.1", 0)
                .withOps(Config.Ops.defaults().withTrustedProxies(trusted)),
            false);
    app.wiring().sections().ensure("Politics");
    return app;
  }

  private int feedback(TestApp app, ArticleId story, String client, int n) {
    return app.postForm(
            "/article/" + story.value() + "/feedback",
            "message=Message+number+" + n + "+from+" + client.replace(':', '.'),
            "X-Forwarded-For",
            client)
        .statusCode();
  }

  @Test
  void behind_a_trusted_proxy_each_reader_has_their_own_feedback_limit() {
    try (TestApp app = start(List.of("127.0.0.0/8", "::1"))) {
      ArticleId story = WireStories.publish(app, "Proxy story", "Politics", "en");
      for (int i = 0; i < 3; i++) {
        assertThat(feedback(app, story, "198.51.100.1", i)).isEqualTo(303);
      }
      assertThat(feedback(app, story, "198.51.100.1", 3)).isEqualTo(429);
      // Another reader behind the same proxy is not held back by the first.
      assertThat(feedback(app, story, "2001:db8::2", 0)).isEqualTo(303);
    }
  }

  @Test
  void without_a_trusted_proxy_forwarded_addresses_are_ignored() {
    try (TestApp app = start(List.of())) {
      ArticleId story = WireStories.publish(app, "Direct story", "Politics", "en");
      for (int i = 0; i < 3; i++) {
        assertThat(feedback(app, story, "198.51.100." + (i + 1), i)).isEqualTo(303);
      }
      // Three "different" readers were one client: the fourth is refused whatever it claims.
      assertThat(feedback(app, story, "198.51.100.9", 9)).isEqualTo(429);
    }
  }

  @Test
  void the_same_origin_check_uses_the_host_the_trusted_proxy_was_asked_for() {
    String form = "message=From+the+public+host";
    try (TestApp trusting = start(List.of("127.0.0.1"))) {
      ArticleId story = WireStories.publish(trusting, "Host story", "Politics", "en");
      String path = "/article/" + story.value() + "/feedback";
      assertThat(
              trusting
                  .postForm(
                      path,
                      form,
                      "Origin",
                      "https://news.example",
                      "X-Forwarded-Host",
                      "news.example",
                      "X-Forwarded-Proto",
                      "https")
                  .statusCode())
          .isEqualTo(303);
    }
  }

  @Test
  void a_forwarded_host_from_an_untrusted_peer_does_not_pass_the_same_origin_check() {
    try (TestApp app = start(List.of())) {
      ArticleId story = WireStories.publish(app, "Untrusted host", "Politics", "en");
      assertThat(
              app.postForm(
                      "/article/" + story.value() + "/feedback",
                      "message=Forged",
                      "Origin",
                      "https://news.example",
                      "X-Forwarded-Host",
                      "news.example")
                  .statusCode())
          .isEqualTo(403);
    }
  }
}
