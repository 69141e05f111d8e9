package org.dateline.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Config;
import org.dateline.storage.StoreUrl;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback rate limit is one limit for a reader whichever node answers (issue 12 point 2,
 * decision 0052): two nodes, each with its own data folder, on one PostgreSQL (several nodes need
 * it, decision 0051; so the build's PostgreSQL run leaves this class out, it runs on PostgreSQL
 * anyway).
 */
class FeedbackLimitAcrossNodesIT {
  @TempDir Path dataA;
  @TempDir Path dataB;

  @Test
  void one_reader_sending_to_two_nodes_at_once_gets_the_limit_once_not_once_per_node()
      throws Exception {
    StoreUrl store = TestStore.postgresql(dataA);
    try (TestApp a =
            TestApp.start(Config.of(dataA, "127.0.0.1", 0).withDatabase(store), Clock.systemUTC());
        TestApp b =
            TestApp.start(
                Config.of(dataB, "127.0.0.1", 0).withDatabase(store), Clock.systemUTC())) {
      // Given a public story and a reader (one address) who writes to both nodes
      a.wiring().sections().ensure("Politics");
      long id =
          a.wiring()
              .articles()
              .publish(
                  WireStories.content("Harbour reopens", "Politics", "en"),
                  Instant.now(),
                  Optional.of("k:nodes"))
              .article()
              .id()
              .value();
      int sends = 2 * (Feedbacks.MAX_PER_WINDOW + 1);

      // When the reader sends that many messages at the same moment, half to each node
      ExecutorService pool = Executors.newFixedThreadPool(sends);
      CyclicBarrier together = new CyclicBarrier(sends);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      try {
        for (int i = 0; i < sends; i++) {
          TestApp node = i % 2 == 0 ? a : b;
          String message = "Message number " + i + " – 메시지 " + i;
          answers.add(
              pool.submit(
                  () -> {
                    together.await();
                    return node.postForm(
                        "/article/" + id + "/feedback",
                        "message="
                            + URLEncoder.encode(message, StandardCharsets.UTF_8)
                            + "&website=");
                  }));
        }
        int accepted = 0;
        int throttled = 0;
        for (Future<HttpResponse<String>> f : answers) {
          int status = f.get().statusCode();
          accepted += status == 303 ? 1 : 0;
          throttled += status == 429 ? 1 : 0;
        }

        // Then the limit holds across both nodes: that many accepted, the rest refused with 429
        assertThat(accepted)
            .as("accepted (303) of %d across two nodes", sends)
            .isEqualTo(Feedbacks.MAX_PER_WINDOW);
        assertThat(throttled).as("refused (429)").isEqualTo(sends - Feedbacks.MAX_PER_WINDOW);
      } finally {
        pool.shutdownNow();
      }
      long stored =
          a.wiring()
              .database()
              .jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM feedback").mapTo(Long.class).one());
      assertThat(stored).isEqualTo(Feedbacks.MAX_PER_WINDOW);
    }
  }
}
