package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code ./dateline edition list|add|set} against a real store, then a server on it. */
// It swaps System.out and System.err while a command runs.
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
@org.junit.jupiter.api.parallel.Isolated("reads the process's standard error")
class EditionCliIT {
  @TempDir Path data;

  private Run run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    return Cli.run(all);
  }

  private Run addKorean(String... extra) {
    String[] base = {
      "edition",
      "add",
      "ko",
      "--name",
      "한국어",
      "--prefix",
      "ko",
      "--zone",
      "Asia/Seoul",
      "--date-pattern",
      "yyyy년 MM월 dd일 HH:mm",
      "--dateline-style",
      "({place}[={source}])"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return run(all);
  }

  @Test
  void an_edition_is_added_listed_changed_and_served_under_its_prefix() {
    Run listed = run("edition", "list");
    assertThat(listed.code()).isZero();
    assertThat(listed.out().lines()).hasSize(1);
    assertThat(listed.out()).contains("en", "English", "(default)");

    Run added = addKorean();
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("ko", "한국어", "/ko/", "yyyy년 MM월 dd일 HH:mm");
    assertThat(run("edition", "list").out().lines()).hasSize(2);

    Run set = run("edition", "set", "ko", "--zone", "Asia/Tokyo", "--dir", "rtl");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("Asia/Tokyo", "rtl");
    assertThat(run("edition", "list").out()).contains("Asia/Tokyo").contains("English");

    try (TestApp app = TestApp.start(data, false)) {
      var home = app.get("/ko/");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("<html lang=\"ko\" dir=\"rtl\">");
      // Left to right is the default: no dir attribute (decision 0069).
      assertThat(app.get("/").body()).contains("<html lang=\"en\">");
    }

    Run madeDefault = run("edition", "set", "ko", "--default");
    assertThat(madeDefault.code()).as(madeDefault.err()).isZero();
    String after = run("edition", "list").out();
    assertThat(after.lines().filter(l -> l.endsWith("(default)")))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("ko"));
  }

  @Test
  void bad_input_is_refused_in_one_line_that_names_it_and_changes_nothing() {
    assertThat(addKorean().code()).isZero();
    record Case(String[] args, String says) {}
    var cases =
        java.util.List.of(
            new Case(
                new String[] {
                  "edition", "add", "Korean!", "--zone", "UTC", "--date-pattern", "HH:mm"
                },
                "Korean!"),
            new Case(
                new String[] {
                  "edition", "add", "ja", "--zone", "Mars/Olympus", "--date-pattern", "HH:mm"
                },
                "Mars/Olympus"),
            new Case(
                new String[] {
                  "edition", "add", "ja", "--zone", "UTC", "--date-pattern", "HH:mm {{"
                },
                "HH:mm {{"),
            new Case(
                new String[] {
                  "edition",
                  "add",
                  "ja",
                  "--zone",
                  "UTC",
                  "--date-pattern",
                  "HH:mm",
                  "--prefix",
                  "ko"
                },
                "prefix ko is taken"),
            new Case(
                new String[] {
                  "edition",
                  "add",
                  "ja",
                  "--zone",
                  "UTC",
                  "--date-pattern",
                  "HH:mm",
                  "--prefix",
                  "news"
                },
                "news"),
            new Case(
                new String[] {
                  "edition",
                  "add",
                  "ja",
                  "--zone",
                  "UTC",
                  "--date-pattern",
                  "HH:mm",
                  "--dateline-style",
                  "{town} --"
                },
                "{town}"),
            new Case(
                new String[] {"edition", "add", "ko", "--zone", "UTC", "--date-pattern", "HH:mm"},
                "already an edition ko"),
            new Case(new String[] {"edition", "set", "xx", "--zone", "UTC"}, "no edition xx"),
            new Case(new String[] {"edition", "set", "ko", "--dir", "up"}, "up"),
            new Case(
                new String[] {"edition", "set", "en", "--prefix", "ko"}, "prefix ko is taken"));
    for (Case c : cases) {
      Run bad = run(c.args());
      assertThat(bad.code()).as(String.join(" ", c.args())).isEqualTo(2);
      assertThat(bad.err().strip().lines()).as(bad.err()).hasSize(1);
      assertThat(bad.err()).contains(c.says());
    }
    assertThat(run("edition", "list").out().lines()).hasSize(2);
    assertThat(run("edition", "list").out()).doesNotContain("Mars", "ja ");
  }

  @Test
  void the_importer_reads_a_story_into_the_edition_named_in_its_style_and_zone()
      throws java.io.IOException {
    Run added =
        run(
            "edition",
            "add",
            "es",
            "--name",
            "Español",
            "--prefix",
            "es",
            "--zone",
            "Europe/Madrid",
            "--date-pattern",
            "dd/MM/yyyy HH:mm",
            "--dateline-style",
            "{place}[, {date:d 'de' MMMM}][ ({source})] --");
    assertThat(added.code()).as(added.err()).isZero();
    Path file = data.resolve("seul-dialogo.txt");
    java.nio.file.Files.writeString(
        file,
        """
        Seúl pide a Pyongyang volver al diálogo
        Política 17/12/2021 10:30
        By Carlos Ruiz
        Seúl, 17 de diciembre (Yonhap) -- El Gobierno surcoreano instó a Corea del Norte a dialogar.
        Un portavoz afirmó que la puerta sigue abierta.
        """);
    Run unknown = run("import", "--edition", "xx", file.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no edition xx");

    Run imported = run("import", "--edition", "es", file.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("/es/article/");

    try (TestApp app = TestApp.start(data, false)) {
      var story = app.wiring().articles().bySourceKey("file:seul-dialogo").orElseThrow();
      assertThat(story.edition()).isEqualTo("es");
      assertThat(story.content().language()).isEqualTo("es");
      assertThat(story.content().dateline())
          .hasValue(new org.dateline.article.Dateline("Seúl", "17 de diciembre", "Yonhap"));
      // 10:30 in Madrid in December is 09:30 UTC.
      assertThat(story.firstPublishedAt())
          .isEqualTo(java.time.Instant.parse("2021-12-17T09:30:00Z"));
      var page = app.get(imported.out().split("\\s+")[0]);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("<html lang=\"es\"")
          .contains("Seúl, 17 de diciembre (Yonhap) -- El Gobierno surcoreano")
          .contains("17/12/2021 10:30");
      assertThat(app.get("/es/news").body()).contains("Seúl pide a Pyongyang");
      assertThat(app.get("/news").body()).doesNotContain("Seúl pide a Pyongyang");
    }
  }
}
