package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Substrings} gives exactly what {@link String#contains} gives, string by string. */
class SubstringsTest {
  @Test
  void finds_what_contains_finds_among_overlapping_strings_in_every_script() {
    Substrings s =
        Substrings.of(
            List.of("he", "she", "his", "hers", "김철수", "철수 기자", "/author/x-3\"", "x-33", "a"));
    assertThat(s.in("ushers")).containsExactlyInAnyOrder("he", "she", "hers");
    assertThat(s.in("김철수 기자가 썼다")).containsExactlyInAnyOrder("김철수", "철수 기자");
    assertThat(s.in("<a href=\"/author/x-33\">")).containsExactlyInAnyOrder("x-33", "a");
    assertThat(s.in("<a href=\"/author/x-3\">")).containsExactlyInAnyOrder("/author/x-3\"", "a");
    assertThat(s.in("")).isEmpty();
    assertThat(s.in("hi")).isEmpty();
  }

  /** Random texts and strings over a small alphabet, so that overlaps and repeats are many. */
  @Test
  void agrees_with_contains_on_random_texts() {
    long seed = RandomInput.seed("substrings against contains");
    Random random = new Random(seed);
    String alphabet = "ab/\"김철수山-";
    int found = 0;
    for (int round = 0; round < 300; round++) {
      List<String> strings = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
        strings.add(word(random, alphabet, 1 + random.nextInt(6)));
      }
      Substrings s = Substrings.of(strings);
      for (int t = 0; t < 10; t++) {
        String text = word(random, alphabet, random.nextInt(200));
        Set<String> expected = new LinkedHashSet<>();
        for (String string : strings) {
          if (text.contains(string)) {
            expected.add(string);
          }
        }
        assertThat(s.in(text)).as("seed %d: %s in %s", seed, strings, text).isEqualTo(expected);
        found += expected.size();
      }
    }
    // The cases were meaningful: many strings found, and (above) many not.
    assertThat(found).as("seed %d", seed).isGreaterThan(3000);
  }

  @Test
  void an_empty_string_is_refused() {
    assertThatThrownBy(() -> Substrings.of(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
