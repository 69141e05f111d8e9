package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration's sources: file, then environment, then flags; each value checked. */
class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void the_environment_overrides_the_file_and_the_flags_override_both() throws Exception {
    Path file = dir.resolve("dateline.toml");
    Files.writeString(
        file,
        """
        port = 8081
        host = "0.0.0.0"
        base_url = "https://news.example"
        shutdown_grace_seconds = 5
        [proxy]
        trusted = ["10.0.0.0/8", "2001:db8::/32"]
        [cdn]
        s_maxage = 120
        purge_url = "https://purge.example/keys"
        """);
    var loaded =
        ConfigLoader.load(
            Optional.of(file),
            Map.of("DATELINE_PORT", "8082", "DATELINE_CDN_S_MAXAGE", "600", "HOME", "/root"),
            Map.of("port", "8083"));
    Config c = loaded.config();
    assertThat(c.port()).isEqualTo(8083);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.baseUrl()).isEqualTo("https://news.example");
    assertThat(c.agencyDomain()).isEqualTo("news.example");
    assertThat(c.ops().trustedProxies()).containsExactly("10.0.0.0/8", "2001:db8::/32");
    assertThat(c.ops().sharedMaxAge()).isEqualTo(600);
    assertThat(c.ops().shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.ops().purgeUrl()).contains(URI.create("https://purge.example/keys"));
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void a_bad_environment_value_names_its_variable_and_an_unknown_one_is_a_warning() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(),
                    Map.of("DATELINE_PORT", "0", "DATELINE_BASE_URL", "/x"),
                    Map.of()))
        .isInstanceOfSatisfying(
            ConfigLoader.Invalid.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "DATELINE_PORT = \"0\": not a port number (1 to 65535)",
                        "DATELINE_BASE_URL = \"/x\": not an absolute http:// or https:// URL"
                            + " without query or fragment"));
    var loaded =
        ConfigLoader.load(
            Optional.empty(),
            Map.of("DATELINE_PROT", "1", "DATELINE_JAVA_OPTS", "-Xmx1g"),
            Map.of());
    assertThat(loaded.warnings())
        .containsExactly("ignoring unknown environment variable DATELINE_PROT");
  }

  @Test
  void a_secret_is_never_echoed_in_its_error() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("DATELINE_CDN_PURGE_TOKEN", "se cret"), Map.of()))
        .isInstanceOfSatisfying(
            ConfigLoader.Invalid.class,
            e -> assertThat(String.join("\n", e.problems())).doesNotContain("se cret"));
  }

  @Test
  void defaults_trust_no_proxy_and_allow_metrics_to_this_machine_only() {
    Config c = ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).config();
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.ops().trustedProxies()).isEmpty();
    assertThat(c.ops().metricsAllow()).isEqualTo(List.of("127.0.0.0/8", "::1"));
    assertThat(c.ops().purgeUrl()).isEmpty();
    assertThat(c.ops().webhookAllow()).isEmpty();
  }

  @Test
  void webhooks_may_be_allowed_to_named_ranges_and_a_bad_range_is_named() {
    Config c =
        ConfigLoader.load(
                Optional.empty(),
                Map.of("DATELINE_WEBHOOKS_ALLOW", "10.1.0.0/16, fd00::/8"),
                Map.of())
            .config();
    assertThat(c.ops().webhookAllow()).containsExactly("10.1.0.0/16", "fd00::/8");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(), Map.of("DATELINE_WEBHOOKS_ALLOW", "intranet"), Map.of()))
        .isInstanceOfSatisfying(
            ConfigLoader.Invalid.class,
            e ->
                assertThat(e.problems())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("DATELINE_WEBHOOKS_ALLOW = \"intranet\"")
                    .contains("is not an IP address or CIDR range"));
  }
}
