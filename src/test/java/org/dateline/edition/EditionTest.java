package org.dateline.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditionTest {
  @Test
  void the_demo_edition_shows_the_seed_time_in_seoul() {
    assertThat(Edition.DEFAULT.format(Instant.parse("2022-02-03T21:12:00Z")))
        .isEqualTo("06:12 February 04, 2022");
  }

  @Test
  void bad_settings_are_refused() {
    assertThatThrownBy(() -> new Edition("", "en", ZoneId.of("UTC"), "HH:mm"))
        .hasMessageContaining("site name");
    assertThatThrownBy(() -> new Edition("X", "English!", ZoneId.of("UTC"), "HH:mm"))
        .hasMessageContaining("language");
    assertThatThrownBy(() -> new Edition("X", "en", ZoneId.of("UTC"), "HH:mm {{"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
