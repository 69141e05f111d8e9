package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TOML file read into each setting's text, apart from the checks of the values. */
class ConfigFileTest {
  @TempDir Path dir;

  @Test
  void tables_become_dotted_keys_and_arrays_are_joined_in_the_files_order() throws Exception {
    Path file = dir.resolve("dateline.toml");
    Files.writeString(
        file,
        """
        port = 8081
        [proxy]
        trusted = ["10.0.0.0/8", "2001:db8::/32"]
        [cdn]
        s_maxage = 120
        """);
    List<String> problems = new ArrayList<>();

    List<ConfigFile.Entry> entries = ConfigFile.read(file, problems);

    assertThat(problems).isEmpty();
    assertThat(entries)
        .containsExactly(
            new ConfigFile.Entry(Setting.PORT, "8081", file + ": port"),
            new ConfigFile.Entry(
                Setting.TRUSTED_PROXIES, "10.0.0.0/8,2001:db8::/32", file + ": proxy.trusted"),
            new ConfigFile.Entry(Setting.CDN_S_MAXAGE, "120", file + ": cdn.s_maxage"));
  }

  @Test
  void an_unknown_key_a_table_for_a_value_and_a_missing_file_are_problems() throws Exception {
    Path file = dir.resolve("dateline.toml");
    Files.writeString(
        file,
        """
        prot = 1
        [metrics.allow]
        ranges = "10.0.0.0/8"
        """);
    List<String> problems = new ArrayList<>();

    assertThat(ConfigFile.read(file, problems)).isEmpty();
    assertThat(ConfigFile.read(dir.resolve("none.toml"), problems)).isEmpty();

    assertThat(problems)
        .hasSize(3)
        .satisfies(
            p ->
                assertThat(p.get(0))
                    .startsWith(file + ": unknown setting \"prot\" (known: data, host, port,"))
        .satisfies(
            p ->
                assertThat(p.get(1))
                    .isEqualTo(file + ": metrics.allow must be a value, not a table"))
        .satisfies(
            p ->
                assertThat(p.get(2))
                    .isEqualTo(dir.resolve("none.toml") + ": no such configuration file"));
  }
}
