package org.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void a_line_made_only_of_invisible_characters_is_empty_and_blank() {
    String invisible = "\u200B\u00A0\u2060\uFEFF\u200C\u200D\u3000\u2800\u3164 \t\u0000\u0007";
    assertThat(Text.line(invisible)).isEmpty();
    assertThat(Text.name(invisible)).isEmpty();
    assertThat(Text.lines(invisible)).isEmpty();
    assertThat(Text.isBlank(invisible)).isTrue();
    assertThat(Text.isBlank("\u200Ba\u200B")).isFalse();
  }

  @Test
  void control_characters_are_removed_and_line_breaks_become_spaces_in_a_line() {
    assertThat(Text.line("Bell\u0007 and\u0000 null\u001B[31m")).isEqualTo("Bell and null[31m");
    assertThat(Text.line("two\r\nlines\tand\u2028more")).isEqualTo("two lines and more");
    assertThat(Text.line("del\u007F c1\u0085x\u009B")).isEqualTo("del c1 x");
  }

  @Test
  void text_with_lines_keeps_its_newlines_in_one_form() {
    assertThat(Text.lines("  first\r\nsecond\rthird\u2029fourth\u0000 \u200B"))
        .isEqualTo("first\nsecond\nthird\nfourth");
  }

  @Test
  void text_is_stored_in_nfc() {
    String decomposed = "Cafe\u0301 \u1100\u1161"; // e + combining acute; Hangul jamo
    assertThat(Text.line(decomposed)).isEqualTo("Café 가");
  }

  @Test
  void joiners_inside_words_are_kept_because_scripts_need_them() {
    String persian = "می\u200Cخواهم"; // zero-width non-joiner inside a Persian word
    assertThat(Text.line(persian)).isEqualTo(persian);
    String family = "\uD83D\uDC69\u200D\uD83D\uDC67"; // woman ZWJ girl
    assertThat(Text.line(family)).isEqualTo(family);
  }

  @Test
  void a_name_has_single_ordinary_spaces() {
    assertThat(Text.name("  Kim\u00A0\u00A0 Chul-soo \u3000")).isEqualTo("Kim Chul-soo");
    assertThat(Text.name("Иван\tПетров")).isEqualTo("Иван Петров");
  }

  @Test
  void a_names_key_is_case_folded_nfc_text() {
    assertThat(Text.key("STRASSE")).isEqualTo(Text.key("straße"));
    assertThat(Text.key("ΟΔΟΣ")).isEqualTo(Text.key("οδος")).isEqualTo(Text.key("οδοσ"));
    assertThat(Text.key("Ivan  PETROV")).isEqualTo(Text.key("ivan petrov"));
    assertThat(Text.key("Cafe\u0301")).isEqualTo(Text.key("CAFÉ"));
    assertThat(Text.key("김철수")).isNotEqualTo(Text.key("Иван Петров"));
    assertThat(Text.key("日本")).isNotEqualTo(Text.key("中国"));
    assertThat(Text.key("José")).isNotEqualTo(Text.key("Jose"));
  }

  @Test
  void length_counts_characters_not_utf16_units() {
    assertThat(Text.length("𝒳가")).isEqualTo(2);
  }
}
