package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.shared.Slugs;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void makes_ascii_slugs() {
    assertThat(Slugs.of("U.S. closely engaged: State Dept."))
        .isEqualTo("u-s-closely-engaged-state-dept");
    assertThat(Slugs.of("Café déjà vu")).isEqualTo("cafe-deja-vu");
    assertThat(Slugs.of("기자")).isEqualTo("story");
    assertThat(Slugs.of("a ".repeat(100)).length()).isLessThanOrEqualTo(80);
  }
}
