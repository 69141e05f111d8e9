package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void a_token_round_trips() {
    Cursor c = new Cursor(1643922720000L, 17);
    assertThat(Cursor.parse(c.token())).contains(c);
  }

  @Test
  void malformed_tokens_are_refused() {
    assertThat(Cursor.parse("abc")).isEmpty();
    assertThat(Cursor.parse("1-")).isEmpty();
    assertThat(Cursor.parse("' OR 1=1 --")).isEmpty();
    assertThat(Cursor.parse("9".repeat(40) + "-1")).isEmpty();
    assertThat(Cursor.parse(null)).isEmpty();
  }
}
