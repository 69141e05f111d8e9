package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.testing.ServerProcess;
import org.dateline.testing.TestSearch;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a {@code kill -9} of the server, the index continues from the change-log position of its
 * last commit: it applies only what changed since, not the whole store again.
 */
class SearchCrashIT {
  @TempDir Path data;

  @Test
  void after_a_kill_minus_9_the_index_catches_up_from_its_last_commit_instead_of_rebuilding()
      throws Exception {
    // Given a server that indexed the demo content and answered a search, then was killed
    ServerProcess server = ServerProcess.start(data, true);
    long indexed;
    try {
      HttpResponse<String> found =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + server.port() + "/search?q=denuclearize"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(found.body()).contains("search-result");
    } finally {
      server.kill(); // SIGKILL: no shutdown hook, no close of the index
    }

    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      indexed = w.changeLog().latestSeq();
      // When stories change while no server runs
      var content =
          new ArticleContent(
              "Vontrelle ferry links restored after the storm",
              "",
              "en",
              "",
              List.of("Reporter"),
              Optional.empty(),
              List.of(new Block.Paragraph("Ferries sail again.")),
              List.of(),
              5);
      w.articles().publish(content, Instant.now(), Optional.of("after-crash"));
      w.articles().kill(new ArticleId(1));

      // Then the index opens at the position of its last commit and applies only the rest
      try (Search search = TestSearch.over(w, data.resolve("search"), ZoneId.of("Asia/Seoul"))) {
        assertThat(indexed).isGreaterThan(20);
        // (its last commit may be a few changes before the store's: a commit follows a change a
        // moment later, decisions 0121 and 0128, and the kill may come first)
        long committed = search.position();
        assertThat(committed).isGreaterThan(20).isLessThanOrEqualTo(indexed);
        assertThat(search.find(SearchQuery.reader("vontrelle")).results().total()).isZero();
        assertThat(search.find(SearchQuery.reader("denuclearize")).results().hits())
            .anyMatch(h -> h.articleId() == 1);

        search.catchUp();

        assertThat(search.position()).isEqualTo(w.changeLog().latestSeq()).isEqualTo(indexed + 2);
        assertThat(search.find(SearchQuery.reader("vontrelle")).results().total()).isEqualTo(1);
        assertThat(search.find(SearchQuery.reader("denuclearize")).results().hits())
            .noneMatch(h -> h.articleId() == 1);
      }
    }
  }
}
