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
    Run added =
        run(
            "subscriber",
            "add",
            "--data",
            d,
            "--languages",
            "en,ko",
            "--webhook",
            "https://hooks.example/dateline",
            "Agence Québec 연합");
    assertThat(added.code()).as(added.err()).isZero();
    String first = key(added);
    assertThat(added.out()).contains("webhook secret: whsec_");
    assertThat(works(first)).isTrue();

    Run listed = run("subscriber", "list", "--data", d);
    assertThat(listed.out())
        .contains("Agence Québec 연합", "active", first.substring(0, 12), "en,ko")
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
