package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.dateline.testing.Seed;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

// It swaps System.out and System.err while a command runs and compares what a command printed
// line for line, so no other test class runs beside it: another's server logs to System.err too.
@Isolated
class CliIT {
  @TempDir Path data;
  @TempDir Path files;

  private static Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void every_subcommand_has_help_and_takes_data() {
    for (String cmd :
        new String[] {
          "serve",
          "import",
          "feedback",
          "edition",
          "kill",
          "generate",
          "fingerprints",
          "user add",
          "user list"
        }) {
      String[] words = (cmd + " --help").split(" ");
      Run r = run(words);
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("--data=DIR");
    }
    assertThat(run("serve", "--help").out()).contains("--port", "--host", "--demo", "127.0.0.1");
    assertThat(run("--help").out()).contains("serve", "import", "feedback");
  }

  @Test
  void import_prints_the_story_path_and_reports_reimports_as_unchanged() {
    Path seed = Seed.copyTo(files);
    Run first = run("import", "--data", data.toString(), seed.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out().strip()).matches("/article/1/u-s-closely-engaged-[a-z-]+  created");
    Run again = run("import", "--data", data.toString(), seed.toString());
    assertThat(again.out().strip()).endsWith("unchanged");
  }

  @Test
  void a_bad_file_gets_one_line_naming_it_and_a_failing_exit_code() throws Exception {
    Path bad = Files.writeString(files.resolve("notes.txt"), "just one line");
    Run r = run("import", "--data", data.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(bad + ": not an article: no section and time line after the headline");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void feedback_lists_nothing_then_what_readers_sent() {
    assertThat(run("feedback", "--data", data.toString()).out()).contains("No feedback yet.");
    run("import", "--data", data.toString(), Seed.copyTo(files).toString());
    try (var w = new org.dateline.Wiring(TestStore.config(data), java.time.Clock.systemUTC())) {
      w.feedbacks()
          .submit(
              new org.dateline.feedback.Feedbacks.Submission(
                  1, "Typo in <b>paragraph</b> two", "", "10.0.0.1"));
    }
    Run listed = run("feedback", "--data", data.toString());
    assertThat(listed.code()).isZero();
    assertThat(listed.out())
        .contains("/article/1", "[new]", "Typo in <b>paragraph</b> two")
        .doesNotContain("10.0.0.1");
  }

  @Test
  void edition_shows_and_changes_settings_and_refuses_bad_ones() {
    Run shown = run("edition", "--data", data.toString());
    assertThat(shown.out()).contains("Asia/Seoul", "HH:mm MMMM dd, yyyy", "Dateline");
    Run changed =
        run("edition", "--data", data.toString(), "--site-name", "Wire Test", "--zone", "UTC");
    assertThat(changed.out()).contains("Wire Test", "UTC");
    Run bad = run("edition", "--data", data.toString(), "--zone", "Mars/Olympus");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(run("edition", "--data", data.toString()).out()).contains("Wire Test");
  }

  @Test
  void edition_chooses_full_text_or_summary_feeds_and_refuses_anything_else() {
    assertThat(run("edition", "--data", data.toString()).out()).contains("feed content: summary");
    assertThat(run("edition", "--data", data.toString(), "--feed-content", "full").out())
        .contains("feed content: full");
    Run bad = run("edition", "--data", data.toString(), "--feed-content", "everything");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("everything");
    assertThat(run("edition", "--data", data.toString()).out()).contains("feed content: full");
  }

  private static Run runWithInput(String input, String... args) {
    java.io.InputStream old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return run(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void user_add_takes_the_password_from_standard_input_or_generates_one_once() {
    Run given =
        runWithInput(
            "a long enough password\n",
            "user",
            "add",
            "--data",
            data.toString(),
            "--role",
            "editor",
            "ed@example.com");
    assertThat(given.code()).isZero();
    assertThat(given.out()).contains("Created editor ed@example.com").doesNotContain("Password");

    Run generated =
        runWithInput(
            "",
            "user",
            "add",
            "--data",
            data.toString(),
            "--role",
            "reporter",
            "--name",
            "Rae Porter",
            "rae@example.com");
    assertThat(generated.code()).isZero();
    String password = generated.out().replaceAll("(?s).*Password \\(shown once\\): (\\S+).*", "$1");
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    try (var w = new org.dateline.Wiring(TestStore.config(data), java.time.Clock.systemUTC())) {
      assertThat(w.users().login("rae@example.com", password, "cli").user().name())
          .isEqualTo("Rae Porter");
      assertThat(
              w.users()
                  .login("ed@example.com", "a long enough password", "cli")
                  .user()
                  .role()
                  .code())
          .isEqualTo("editor");
    }

    assertThat(
            runWithInput(
                    "x\n",
                    "user",
                    "add",
                    "--data",
                    data.toString(),
                    "--role",
                    "chief",
                    "c@example.com")
                .code())
        .isEqualTo(2);
    Run duplicate =
        runWithInput(
            "another long password\n",
            "user",
            "add",
            "--data",
            data.toString(),
            "--role",
            "editor",
            "ED@example.com");
    assertThat(duplicate.code()).isEqualTo(1);
    assertThat(duplicate.err()).contains("already an account");
    Run weak =
        runWithInput(
            "short\n",
            "user",
            "add",
            "--data",
            data.toString(),
            "--role",
            "editor",
            "w@example.com");
    assertThat(weak.err()).contains("at least 12 characters");
    assertThat(run("user", "list", "--data", data.toString()).out())
        .contains("ed@example.com", "rae@example.com")
        .doesNotContain("w@example.com");
  }

  @Test
  void kill_withdraws_a_story() {
    run("import", "--data", data.toString(), Seed.copyTo(files).toString());
    Run r = run("kill", "--data", data.toString(), "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("killed /article/1/");
    assertThat(run("kill", "--data", data.toString(), "42").code()).isEqualTo(1);
  }

  @Test
  void fingerprints_stores_those_of_the_stories_without_one_to_the_end() {
    try (var w = new org.dateline.Wiring(TestStore.config(data), java.time.Clock.systemUTC())) {
      var editor =
          org.dateline.testing.Newsroom.user(
              w, org.dateline.newsroom.auth.Role.EDITOR, "Cli Fingerprints");
      org.dateline.testing.Newsroom.written(w, editor, "釜山港の新しいフェリー");
      org.dateline.testing.Newsroom.written(w, editor, "Señora Müller's ferry");
      w.stories().create(editor); // a blank draft: it cannot be published, so it keeps none
      w.database()
          .jdbi()
          .useHandle(h -> h.createUpdate("UPDATE stories SET draft_fingerprint = NULL").execute());
    }
    Run r = run("fingerprints", "--data", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Draft fingerprints stored: 2 of 3 stories without one, in ");
    assertThat(run("fingerprints", "--data", data.toString()).out())
        .startsWith("Draft fingerprints stored: 0 of 1 stories without one");
    assertThat(run("fingerprints", "--data", data.toString(), "--pause-ms", "-1").code())
        .isEqualTo(2);
  }
}
