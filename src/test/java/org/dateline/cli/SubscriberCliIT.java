package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.Wiring;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code ./dateline subscriber add|list|revoke|rotate} against a real store. */
// It swaps System.out and System.err while a command runs.
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class SubscriberCliIT {
  private static final Pattern KEY = Pattern.compile("api key: +(dlk_\\S+)");
  @TempDir Path data;

  private static Run run(String... args) {
    return Cli.run(args);
  }

  private static String key(Run r) {
    Matcher m = KEY.matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    return m.group(1);
  }

  private boolean works(String key) {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      return w.subscribers().authenticate(key).isPresent();
    }
  }

  @Test
  void a_subscriber_is_added_with_a_key_shown_once_listed_rotated_and_revoked() {
    String d = data.toString();
    assertThat(koreanEdition(d).code()).isZero();
    Run added =
        run(
            "subscriber",
            "add",
            "--data",
            d,
            "--editions",
            "en,KO",
            "--webhook",
            "https://hooks.example/dateline",
            "Agence Québec 연합");
    assertThat(added.code()).as(added.err()).isZero();
    String first = key(added);
    assertThat(added.out()).contains("webhook secret: whsec_");
    assertThat(works(first)).isTrue();

    Run listed = run("subscriber", "list", "--data", d);
    assertThat(listed.out())
        .contains("Agence Québec 연합", "active", first.substring(0, 12), "\ten,ko\t")
        .doesNotContain(first);

    Run rotated = run("subscriber", "rotate", "--data", d, "Agence Québec 연합");
    String second = key(rotated);
    assertThat(second).isNotEqualTo(first);
    assertThat(works(first)).isFalse();
    assertThat(works(second)).isTrue();

    Run revoked = run("subscriber", "revoke", "--data", d, "Agence Québec 연합");
    assertThat(revoked.code()).isZero();
    assertThat(works(second)).isFalse();
    assertThat(run("subscriber", "list", "--data", d).out()).contains("revoked");
  }

  @Test
  void set_changes_editions_sections_and_webhook_and_keeps_the_rest() {
    String d = data.toString();
    assertThat(koreanEdition(d).code()).isZero();
    String key = key(run("subscriber", "add", "--data", d, "--rate", "7", "Yonhap 연합"));

    Run set =
        run(
            "subscriber",
            "set",
            "--data",
            d,
            "--editions",
            "ko",
            "--webhook",
            "https://hooks.example/연합",
            "Yonhap 연합");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("Yonhap 연합", "\tko\t", "https://hooks.example/연합");
    Run listed = run("subscriber", "list", "--data", d);
    assertThat(listed.out()).contains("all sections\tko\tninjs,newsmlg2");
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      var s = w.subscribers().byName("Yonhap 연합").orElseThrow();
      assertThat(s.editions()).containsExactly("ko");
      assertThat(s.ratePerSecond()).isEqualTo(7);
      assertThat(w.subscribers().authenticate(key)).isPresent();
    }

    Run back =
        run(
            "subscriber",
            "set",
            "--data",
            d,
            "--editions",
            "all",
            "--webhook",
            "none",
            "Yonhap 연합");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out()).contains("all editions", "no webhook");

    Run unknown = run("subscriber", "set", "--data", d, "--editions", "fr", "Yonhap 연합");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("There is no edition \"fr\".");
    Run nobody = run("subscriber", "set", "--data", d, "--editions", "ko", "Nobody");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("Nobody");
  }

  private Run koreanEdition(String d) {
    return run(
        "edition",
        "add",
        "ko",
        "--data",
        d,
        "--name",
        "한국어",
        "--prefix",
        "ko",
        "--zone",
        "Asia/Seoul",
        "--date-pattern",
        "yyyy년 MM월 dd일 HH:mm",
        "--dateline-style",
        "({place}[={source}])");
  }

  @Test
  void bad_input_gets_one_clear_line_and_a_failing_exit_code() {
    String d = data.toString();
    Run section = run("subscriber", "add", "--data", d, "--sections", "Nowhere", "Someone");
    assertThat(section.code()).isEqualTo(1);
    assertThat(section.err()).contains("There is no section \"Nowhere\".");
    Run url = run("subscriber", "add", "--data", d, "--webhook", "ftp://x.example/", "Someone");
    assertThat(url.code()).isEqualTo(1);
    assertThat(url.err()).contains("ftp://x.example/");
    Run unknown = run("subscriber", "revoke", "--data", d, "Nobody");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("Nobody");
    assertThat(run("subscriber", "list", "--data", d).out()).isEmpty();
  }
}
