package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The indexed text of a paragraph is what the regular expression and jsoup made of it before. */
class PlainTextTest {
  /** The way the text was made before decision 0085: the reference for every input below. */
  private static String jsoup(String html) {
    return Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false);
  }

  @Test
  void fragments_of_every_script_read_as_jsoup_reads_them() {
    List<String> fragments =
        List.of(
            "Plain text, no markup",
            "It&#39;s <i>the</i> <b>export</b> growth &#34;of&#34; 2026",
            "<a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"noopener\">report</a> &amp; more",
            "풍력 발전&#xff0c;<b>서울</b>",
            "東京の&#x3C;市場&#x3e; 中文&#65292;",
            "مرحبا &lt;بالعالم&gt; &nbsp;é&eacute;",
            "AT&T and R&D; &copy; &apos; &#0; &#128; &#x9F; &#xD800; &#x110000; &#;&#x;&;",
            "a < b > c <unclosed & &amp &#39 &#x27",
            "tab&#9;newline&#10;return&#13;del&#127;",
            "emoji &#x1F600; &#128512; and &#00000039;");
    for (String f : fragments) {
      assertThat(PlainText.plain(f)).as(f).isEqualTo(jsoup(f));
    }
  }

  @Test
  void random_markup_and_references_read_as_jsoup_reads_them() {
    long seed = System.nanoTime();
    System.out.println("PlainTextTest seed " + seed);
    Random random = new Random(seed);
    String[] pieces = {
      "<", ">", "&", "#", "x", ";", "0", "3", "9", "a", "f", "amp", "lt", "gt", "quot", "nbsp",
      "apos", " ", "é", "한", "日", "ع", "<i>", "</i>", "&#39;", "&#x3c;", "&#34;", "&#128;", "\n"
    };
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String f = b.toString();
      assertThat(PlainText.plain(f)).as("seed %d: %s", seed, f).isEqualTo(jsoup(f));
    }
  }
}
