package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.testing.Cli;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reindex} against a running server: the site answers from the old index until the new one
 * is complete, then switches to it, catches up with what changed meanwhile, and removes the old
 * folder; a second rebuild at the same time is refused with a clear message.
 */
class ReindexIT {
  @TempDir Path data;

  private static int count(TestApp app, String q) {
    String text = Jsoup.parse(app.get("/search?q=" + q).body()).select(".search-count").text();
    return text.isEmpty() ? 0 : Integer.parseInt(text.replaceAll("[^0-9]", ""));
  }

  @Test
  void the_site_answers_from_the_old_index_until_the_new_one_is_complete() throws Exception {
    try (TestApp app = TestApp.start(data, true)) {
      Path search = data.resolve("search");
      String before = Files.readString(search.resolve("current")).strip();
      int korea = count(app, "korea");
      assertThat(korea).isGreaterThan(5);
      List<Integer> duringBuild = new ArrayList<>();
      List<String> refusals = new ArrayList<>();

      Reindex.Progress done =
          app.wiring()
              .reindex()
              .run(
                  p -> {
                    // While the new index is incomplete: the old one answers, in full.
                    duringBuild.add(count(app, "korea"));
                    if (duringBuild.size() > 1) {
                      return; // the batch of the story published below
                    }
                    // A change now goes to the old index, and reaches the new one after the
                    // switch (its position was taken before the rebuild read the store).
                    app.wiring()
                        .articles()
                        .publish(
                            new ArticleContent(
                                "Lighthouse keepers return to Korea's islands",
                                "",
                                "en",
                                "",
                                List.of("Reporter"),
                                Optional.empty(),
                                List.of(new Block.Paragraph("Keepers are back.")),
                                List.of(),
                                5),
                            Instant.now(),
                            Optional.of("during-reindex"));
                    try {
                      app.wiring().reindex().run(q -> {});
                    } catch (IllegalStateException e) {
                      refusals.add(e.getMessage());
                    }
                  });

      assertThat(done.done()).isEqualTo(done.total()).isGreaterThan(30);
      assertThat(duringBuild.get(0)).isEqualTo(korea);
      assertThat(refusals).singleElement().asString().contains("Another reindex");
      String after = Files.readString(search.resolve("current")).strip();
      assertThat(after).isNotEqualTo(before);

      // The server switches at its next look (the poller; called here instead of waiting).
      app.wiring().search().catchUp();
      assertThat(count(app, "korea")).isEqualTo(korea + 1);
      assertThat(count(app, "lighthouse")).isEqualTo(1);
      assertThat(search.resolve(before)).doesNotExist();
      assertThat(search.resolve(after)).isDirectory();
    }
  }

  @Test
  void the_first_rebuild_of_a_store_that_never_had_an_index_leaves_the_index_it_built()
      throws Exception {
    assertThat(Cli.run("generate", "--count", "5", "--data", data.toString()).code()).isZero();
    assertThat(data.resolve("search")).doesNotExist();
    Cli.Run reindex = Cli.run("reindex", "--data", data.toString());
    assertThat(reindex.code()).as(reindex.err()).isZero();
    Path search = data.resolve("search");
    Path current = search.resolve(Files.readString(search.resolve("current")).strip());
    try (var files = Files.list(current)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("the index named current holds a commit")
          .anyMatch(n -> n.startsWith("segments_"));
    }
  }

  @Test
  void a_rebuild_without_a_server_replaces_the_index_and_a_server_started_later_uses_it() {
    try (TestApp app = TestApp.start(data, true)) {
      assertThat(count(app, "korea")).isPositive();
    }
    try (var wiring =
        new org.dateline.Wiring(
            org.dateline.testing.TestStore.config(data), java.time.Clock.systemUTC())) {
      wiring.reindex().run(p -> {});
    }
    assertThat(data.resolve("search").resolve("g1")).doesNotExist();
    try (TestApp app = TestApp.start(data, false)) {
      assertThat(count(app, "korea")).isGreaterThan(5);
    }
  }
}
