package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each setting's check, the same whichever source its text came from. */
class SettingTest {
  @Test
  void a_setting_is_found_by_its_file_key_and_names_its_environment_variable() {
    assertThat(Setting.byKey("proxy.trusted")).contains(Setting.TRUSTED_PROXIES);
    assertThat(Setting.byKey("proxy")).isEmpty();
    assertThat(Setting.TRUSTED_PROXIES.env()).isEqualTo("DATELINE_PROXY_TRUSTED");
    assertThat(Setting.CDN_S_MAXAGE.env()).isEqualTo("DATELINE_CDN_S_MAXAGE");
  }

  @Test
  void good_text_becomes_a_value() {
    assertThat(Setting.PORT.parse.apply(" 8080 ")).isEqualTo(8080);
    assertThat(Setting.DATA.parse.apply("données/서울")).isEqualTo(Path.of("données/서울"));
    assertThat(Setting.AGENCY_DOMAIN.parse.apply("News.Example")).isEqualTo("news.example");
    assertThat(Setting.METRICS_ALLOW.parse.apply("10.0.0.0/8, ::1,"))
        .isEqualTo(List.of("10.0.0.0/8", "::1"));
    assertThat(Setting.SHUTDOWN_GRACE.parse.apply("600")).isEqualTo(600);
  }

  @Test
  void bad_text_is_refused_with_what_it_must_be() {
    assertThatThrownBy(() -> Setting.PORT.parse.apply("65536"))
        .isInstanceOf(Setting.Refused.class)
        .hasMessage("not a port number (1 to 65535)");
    assertThatThrownBy(() -> Setting.SHUTDOWN_GRACE.parse.apply("601"))
        .hasMessage("not a number of seconds (0 to 600)");
    assertThatThrownBy(() -> Setting.BASE_URL.parse.apply("https://news.example/?q=1"))
        .hasMessage("not an absolute http:// or https:// URL without query or fragment");
    assertThatThrownBy(() -> Setting.INGEST_ALLOW.parse.apply("10.0.0.0/8,東京"))
        .hasMessage("\"東京\" is not an IP address or CIDR range (10.0.0.0/8, ::1)");
    assertThatThrownBy(() -> Setting.PURGE_TOKEN.parse.apply("a b"))
        .hasMessage("must be printable ASCII without spaces");
  }

  @Test
  void only_the_secrets_are_hidden() {
    assertThat(List.of(Setting.values()).stream().filter(Setting::hidden))
        .containsExactlyInAnyOrder(Setting.PURGE_TOKEN, Setting.DB_URL);
  }
}
