package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.article.ArticleId;
import org.dateline.testing.TestApp;
import org.dateline.testing.WebhookReceiver;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDN purge hook against a real local HTTP receiver: the keys of every change are POSTed,
 * retried from the stored position while the receiver fails, and never lost across a restart.
 */
class PurgeHookIT {
  @TempDir Path data;

  private TestApp start(WebhookReceiver cdn) {
    Config config =
        Config.of(data, "127.0.0.1", 0)
            .withOps(Config.Ops.defaults().withPurgeUrl(URI.create(cdn.url())));
    TestApp app = TestApp.start(config, false, w -> w.purgeBackoff(Duration.ofMillis(50)));
    app.wiring().sections().ensure("Politics");
    return app;
  }

  @Test
  void a_publish_and_a_kill_are_purged_by_their_keys_retried_until_the_cdn_accepts()
      throws Exception {
    try (WebhookReceiver cdn = WebhookReceiver.start()) {
      // Given a CDN whose purge API fails at first,
      cdn.answer(500);
      try (TestApp app = start(cdn)) {
        // when a story is published,
        ArticleId story = WireStories.publish(app, "Purged story", "Politics", "en");
        String key = "\"article:" + story.value() + "\"";
        // then its keys are sent, and sent again after each failure,
        assertThat(cdn.await(() -> cdn.received().size() >= 3)).isTrue();
        assertThat(cdn.received()).allSatisfy(r -> assertThat(r.body()).contains(key));
        long head = app.wiring().changeLog().latestSeq();
        assertThat(app.wiring().purges().position()).isLessThan(head);
        // until the CDN accepts them: then the position moves to the log's head.
        // (An attempt already on its way may be the one answered 200: no count of attempts here.)
        cdn.answer(200);
        assertThat(cdn.await(() -> app.wiring().purges().position() == head)).isTrue();
        assertThat(cdn.received().get(cdn.received().size() - 1).body())
            .contains(key, "\"list:home\"", "\"to_seq\":" + head);
        // A kill is purged too, with the story's keys.
        int sent = cdn.received().size();
        app.wiring().articles().kill(story, Optional.of("Legal"));
        assertThat(cdn.await(() -> cdn.received().size() > sent)).isTrue();
        assertThat(cdn.received().get(sent).body()).contains(key);
      }
    }
  }

  @Test
  void a_change_made_while_the_cdn_was_down_is_purged_after_a_restart() throws Exception {
    long head;
    try (WebhookReceiver cdn = WebhookReceiver.start()) {
      cdn.answer(503);
      try (TestApp app = start(cdn)) {
        WireStories.publish(app, "Published during an outage", "Politics", "en");
        head = app.wiring().changeLog().latestSeq();
        assertThat(cdn.await(() -> !cdn.received().isEmpty())).isTrue();
      }
    }
    // The process stopped with the purge unsent; the next start sends it from the stored position.
    try (WebhookReceiver cdn = WebhookReceiver.start();
        TestApp app = start(cdn)) {
      assertThat(cdn.await(() -> app.wiring().purges().position() == head)).isTrue();
      assertThat(cdn.received().get(0).body()).contains("\"to_seq\":" + head);
    }
  }
}
