package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Spaces} does by hand what the body reader did with regular expressions (decision 0089):
 * the expressions are kept here as the specification and compared with the hand-written code on
 * random text made mostly of the characters they care about (the seed is printed; -Dproperty.seed=N
 * replays a run).
 */
class SpacesTest {
  static final long SEED = Long.getLong("property.seed", System.nanoTime());

  static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f]");
  static final Pattern SPACES =
      Pattern.compile(
          "[ \\t\\n\\r\\f\\u00a0\\u0085\\u2028\\u2029]{2,}|[\\t\\n\\r\\f\\u0085\\u2028\\u2029]");
  static final Pattern EDGE_SPACES = Pattern.compile("^[ \\u00a0]+|[ \\u00a0]+$");
  static final Pattern EDGE_SPACES_HTML =
      Pattern.compile(
          "^(?:[ \\u00a0]|&nbsp;|&#xa0;|&#160;)+|(?:[ \\u00a0]|&nbsp;|&#xa0;|&#160;)+$");

  /** Pieces the text is made of: the special characters, entities and their broken halves. */
  static final String[] PIECES = {
    " ", " ", "\u00a0", "\t", "\n", "\r", "\f", "\u0085", "\u2028", "\u2029", "\u0000", "\u0008",
    "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "\u0084", "\u0086", "\u009f", "\u00a1",
    "&nbsp;", "&#xa0;", "&#160;", "&nbsp", "nbsp;", "&", ";", "&#", "a", "b", "é", "한", "日", "ب",
    "😀", "<b>", "</b>", "x y"
  };

  @Test
  void the_hand_written_code_does_what_the_expressions_do() {
    System.out.println("SpacesTest seed: " + SEED);
    Random random = new Random(SEED);
    int changed = 0;
    for (int run = 0; run < 20_000; run++) {
      String text = text(random);
      String spec = EDGE_SPACES_HTML.matcher(text).replaceAll("");
      assertThat(Spaces.stripEdgesHtml(text)).as("seed %d: %s", SEED, text).isEqualTo(spec);
      assertThat(Spaces.withoutControls(text))
          .as("seed %d: %s", SEED, text)
          .isEqualTo(CONTROL.matcher(text).replaceAll(""));
      String collapsed = SPACES.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ");
      assertThat(Spaces.clean(text)).as("seed %d: %s", SEED, text).isEqualTo(collapsed);
      assertThat(Spaces.collapse(text))
          .as("seed %d: %s", SEED, text)
          .isEqualTo(SPACES.matcher(text).replaceAll(" "));
      assertThat(Spaces.stripEdges(text))
          .as("seed %d: %s", SEED, text)
          .isEqualTo(EDGE_SPACES.matcher(text).replaceAll(""));
      if (!collapsed.equals(text) && !spec.equals(text)) {
        changed++;
      }
    }
    assertThat(changed).as("cases where both expressions changed the text").isGreaterThan(2_000);
  }

  @Test
  void text_with_nothing_to_change_is_given_back_as_it_is() {
    String text = "Für Lucien Favre war es «der größte Skandal» — 한국어 日本語 العربية";
    assertThat(Spaces.clean(text)).isSameAs(text);
    assertThat(Spaces.stripEdgesHtml(" &nbsp;" + text + "&#160;\u00a0")).isEqualTo(text);
    assertThat(Spaces.stripEdgesHtml("&nbsp;&#xa0; ")).isEmpty();
  }

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }
}
