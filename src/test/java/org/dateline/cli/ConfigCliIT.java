package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * {@code dateline serve --config FILE} through the real command line: every bad value is one clear
 * line naming its source, key and text, the exit code is 2, and nothing starts (no data folder).
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ConfigCliIT {
  @TempDir Path dir;

  private Run serveWith(String toml, String... flags) throws Exception {
    Path file = dir.resolve("dateline.toml");
    Files.writeString(file, toml);
    String[] args = new String[4 + flags.length];
    args[0] = "serve";
    args[1] = "--config";
    args[2] = file.toString();
    args[3] = "--data=" + dir.resolve("data");
    System.arraycopy(flags, 0, args, 4, flags.length);
    return Cli.run(args);
  }

  @Test
  void a_bad_port_is_refused_with_its_key_and_text_and_nothing_starts() throws Exception {
    Run r = serveWith("port = 70000\n");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("dateline.toml: port = \"70000\": not a port number (1 to 65535)");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void a_bad_url_is_refused_with_what_a_url_must_be() throws Exception {
    Run r = serveWith("base_url = \"ftp://news.example\"\n[cdn]\npurge_url = \"not a url\"\n");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "base_url = \"ftp://news.example\": not an absolute http:// or https:// URL",
            "cdn.purge_url = \"not a url\": not a URL");
  }

  @Test
  void an_unknown_key_is_an_error_that_lists_the_known_ones() throws Exception {
    Run r = serveWith("prot = 8080\n");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown setting \"prot\" (known: data, host, port,");
  }

  @Test
  void every_bad_value_is_reported_at_once_one_line_each_also_from_the_flags() throws Exception {
    Run r =
        serveWith(
            "port = \"eighty\"\nlog_format = \"xml\"\n[proxy]\ntrusted = [\"10.0.0.0/8\", \"10.0.0.0/99\"]\n",
            "--host",
            "bad host!");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("the configuration has 4 bad value(s)")
        .contains("port = \"eighty\": not a port number")
        .contains("log_format = \"xml\": must be text or json")
        .contains("\"10.0.0.0/99\" is not an IP address or CIDR range")
        .contains("--host = \"bad host!\": not an address or host name");
  }

  @Test
  void a_file_that_is_not_toml_or_not_there_is_one_clear_error() throws Exception {
    Run broken = serveWith("port = = 1\n");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("dateline.toml: not a TOML file we can read");
    Run missing = Cli.run("serve", "--config", dir.resolve("nope.toml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.toml: no such configuration file");
  }
}
