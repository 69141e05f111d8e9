package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeAction;
import org.dateline.testing.Seed;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIT {
  @TempDir Path data;
  @TempDir Path files;
  private Wiring wiring;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestStore.config(data), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private long stories() {
    return wiring
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
  }

  private long changes() {
    return wiring
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log").mapTo(Long.class).one());
  }

  @Test
  void importing_the_seed_stores_a_published_story_and_logs_it() {
    var imported = wiring.ingest().importFile(Seed.copyTo(files));

    assertThat(imported.outcome()).isEqualTo(Articles.Outcome.CREATED);
    assertThat(imported.path())
        .isEqualTo(
            "/article/"
                + imported.articleId()
                + "/u-s-closely-engaged-with-allies-partners-to-denuclearize-korean-peninsula-state");
    var article = wiring.articles().find(new ArticleId(imported.articleId())).orElseThrow();
    assertThat(article.firstPublishedAt()).hasToString("2022-02-03T21:12:00Z");
    assertThat(article.section()).isEmpty();
    assertThat(article.authors()).extracting(a -> a.name()).containsExactly("Byun Duk-kun");
    assertThat(article.content().dateline().orElseThrow().place()).isEqualTo("WASHINGTON");
    assertThat(article.version()).isEqualTo(1);
    assertThat(wiring.changeLog().after(0, 10))
        .extracting(e -> e.action())
        .containsExactly(ChangeAction.PUBLISHED);
  }

  @Test
  void importing_the_same_file_again_changes_nothing() {
    Path seed = Seed.copyTo(files);
    wiring.ingest().importFile(seed);
    var again = wiring.ingest().importFile(seed);

    assertThat(again.outcome()).isEqualTo(Articles.Outcome.UNCHANGED);
    assertThat(stories()).isEqualTo(1);
    assertThat(changes()).isEqualTo(1);
  }

  @Test
  void a_changed_file_becomes_a_new_version_with_an_updated_time() throws Exception {
    Path seed = Seed.copyTo(files);
    var first = wiring.ingest().importFile(seed);
    Files.writeString(seed, Seed.text().replace("seven rounds", "eight rounds"));
    var second = wiring.ingest().importFile(seed);

    assertThat(second.outcome()).isEqualTo(Articles.Outcome.UPDATED);
    assertThat(second.articleId()).isEqualTo(first.articleId());
    var article = wiring.articles().find(new ArticleId(first.articleId())).orElseThrow();
    assertThat(article.version()).isEqualTo(2);
    assertThat(article.updatedAt()).isPresent();
    assertThat(article.content().body().toString())
        .contains("eight rounds")
        .doesNotContain("seven rounds");
    assertThat(stories()).isEqualTo(1);
    assertThat(wiring.changeLog().after(0, 10))
        .extracting(e -> e.action())
        .containsExactly(ChangeAction.PUBLISHED, ChangeAction.UPDATED);
  }

  @Test
  void malformed_files_get_a_one_line_error_naming_the_file_and_store_nothing() throws Exception {
    Path empty = Files.writeString(files.resolve("empty.txt"), "");
    Path noHeadline =
        Files.writeString(
            files.resolve("chrome.txt"), "Go to Contents Go to Navigation\nSend Feedback\n");
    Path noBody =
        Files.writeString(
            files.resolve("nobody.txt"), "Headline\n\nAll News 06:12 February 04, 2022\n\nBy X\n");
    Path binary =
        Files.write(
            files.resolve("junk.bin"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
    Path huge = files.resolve("huge.txt");
    Files.writeString(
        huge, "Headline\n\nAll News 06:12 February 04, 2022\n\n" + "word ".repeat(300_000));

    assertThatThrownBy(() -> wiring.ingest().importFile(empty))
        .hasMessage(empty + ": not an article: the file is empty");
    assertThatThrownBy(() -> wiring.ingest().importFile(noHeadline))
        .hasMessageStartingWith(noHeadline + ": not an article: no headline");
    assertThatThrownBy(() -> wiring.ingest().importFile(noBody))
        .hasMessageStartingWith(noBody + ": not an article: no body");
    assertThatThrownBy(() -> wiring.ingest().importFile(binary))
        .hasMessageStartingWith(binary + ": not an article: the file is not");
    assertThatThrownBy(() -> wiring.ingest().importFile(huge))
        .hasMessageContaining(huge + ": not an article: the file has");
    assertThatThrownBy(() -> wiring.ingest().importFile(files.resolve("missing.txt")))
        .hasMessageContaining("not a file");
    for (Path p : new Path[] {empty, noHeadline, noBody, binary, huge}) {
      assertThatThrownBy(() -> wiring.ingest().importFile(p))
          .isInstanceOf(ImportFailed.class)
          .message()
          .doesNotContain("\n");
    }
    assertThat(stories()).isZero();
    assertThat(changes()).isZero();
    Long sections =
        wiring
            .database()
            .jdbi()
            .withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM sections").mapTo(Long.class).one());
    assertThat(sections).isZero();
  }

  @Test
  void the_section_label_creates_or_reuses_a_section() throws Exception {
    Path a =
        Files.writeString(
            files.resolve("a.txt"), "First story\n\nEconomy 10:00 January 02, 2022\n\nText one.\n");
    Path b =
        Files.writeString(
            files.resolve("b.txt"),
            "Second story\n\nEconomy 11:00 January 02, 2022\n\nText two.\n");
    wiring.ingest().importFile(a);
    wiring.ingest().importFile(b);
    var sections =
        wiring
            .database()
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT name FROM sections").mapTo(String.class).list());
    assertThat(sections).containsExactly("Economy");
  }
}
