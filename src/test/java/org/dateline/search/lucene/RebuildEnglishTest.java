package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The rebuild's English analysis (decision 0114) gives exactly the tokens of Lucene's
 * EnglishAnalyzer: terms, position increments and lengths, offsets, types, and what {@code end()}
 * leaves (the stop words' increments at the end), for the demo stories and seeded random text, the
 * first time a word is met and every time after, and once the cache is full.
 */
class RebuildEnglishTest {
  private static final List<String> WORDS =
      List.of(
          "the",
          "The",
          "THE",
          "a",
          "an",
          "and",
          "of",
          "to",
          "in",
          "is",
          "was",
          "it",
          "that",
          "be",
          "will",
          "with",
          "not",
          "no",
          "such",
          "into",
          "there",
          "these",
          "they",
          "this",
          "running",
          "runs",
          "ran",
          "Runner's",
          "runners'",
          "O'Neil's",
          "generalization",
          "generalizations",
          "economy",
          "economic",
          "economies",
          "ECONOMICS",
          "relational",
          "conditional",
          "rational",
          "valency",
          "hesitancy",
          "digitizer",
          "conformably",
          "radically",
          "differently",
          "vileli",
          "analogousli",
          "vietnamization",
          "predication",
          "operator",
          "feudalism",
          "decisiveness",
          "hopefulness",
          "callousness",
          "formality",
          "sensitivity",
          "sensibility",
          "triplicate",
          "formative",
          "formalize",
          "electriciti",
          "electrical",
          "hopeful",
          "goodness",
          "revival",
          "allowance",
          "inference",
          "airliner",
          "gyroscopic",
          "adjustable",
          "defensible",
          "irritant",
          "replacement",
          "adjustment",
          "dependent",
          "adoption",
          "homologou",
          "communism",
          "activate",
          "angulariti",
          "homologous",
          "effective",
          "bowdlerize",
          "probate",
          "rate",
          "cease",
          "controll",
          "roll",
          "2026",
          "3.5%",
          "U.S.",
          "e-mail",
          "co-operate",
          "naïve",
          "café",
          "Zoë's",
          "straße",
          "서울",
          "東京",
          "中文",
          "مرحبا",
          "x",
          "y's",
          "'s",
          "s",
          "ss",
          "sses",
          "ies",
          "eed",
          "agreed",
          "feed",
          "plastered",
          "bled",
          "motoring",
          "sing",
          "conflated",
          "troubled",
          "sized",
          "hopping",
          "tanned",
          "falling",
          "hissing",
          "fizzed",
          "failing",
          "filing",
          "happy",
          "sky",
          ",",
          ".",
          "—",
          "\"quoted\"",
          "(brackets)",
          "it’s",
          "don’t");

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body_en", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + " +"
                + inc.getPositionIncrement()
                + " /"
                + len.getPositionLength()
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " "
                + type.type());
      }
      ts.end();
      out.add("end +" + inc.getPositionIncrement() + " " + offset.endOffset());
    }
    return out;
  }

  private static String randomText(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS.get(random.nextInt(WORDS.size())));
      b.append(random.nextInt(8) == 0 ? "\n" : " ");
    }
    return b.toString();
  }

  private static String demoStories() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            RebuildEnglishTest.class.getResourceAsStream("/demo/stories.json"),
            "the demo stories")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_demo_stories_analyse_as_lucene_analyses_them_the_first_time_and_after()
      throws Exception {
    String text = demoStories();
    try (Analyzer lucene = new EnglishAnalyzer();
        Analyzer rebuild = new RebuildEnglish()) {
      List<String> expected = tokens(lucene, text);
      assertThat(expected).hasSizeGreaterThan(1000);
      assertThat(tokens(rebuild, text)).isEqualTo(expected);
      assertThat(tokens(rebuild, text)).isEqualTo(expected);
    }
  }

  @Test
  void random_text_analyses_as_lucene_analyses_it() throws Exception {
    long seed = new Random().nextLong();
    System.out.println("RebuildEnglishTest seed " + seed);
    Random random = new Random(seed);
    try (Analyzer lucene = new EnglishAnalyzer();
        Analyzer rebuild = new RebuildEnglish()) {
      for (int i = 0; i < 2000; i++) {
        String text = randomText(random, random.nextInt(40));
        assertThat(tokens(rebuild, text))
            .as("seed %d, text %s", seed, text)
            .isEqualTo(tokens(lucene, text));
      }
    }
  }

  @Test
  void past_the_cache_size_new_words_are_still_stemmed_as_lucene_stems_them() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < RebuildEnglish.WORDS + 500; i++) {
      many.append("word").append(Integer.toString(i, 26).replace('0', 'z')).append("ing ");
    }
    String last = "generalizations hopefulness 'running' the relational feudalism of the";
    try (Analyzer lucene = new EnglishAnalyzer();
        Analyzer rebuild = new RebuildEnglish()) {
      assertThat(tokens(rebuild, many.toString())).isEqualTo(tokens(lucene, many.toString()));
      assertThat(tokens(rebuild, last)).isEqualTo(tokens(lucene, last));
    }
  }

  @Test
  void a_query_normalizes_as_lucene_normalizes_it() throws Exception {
    try (Analyzer lucene = new EnglishAnalyzer();
        Analyzer rebuild = new RebuildEnglish()) {
      for (String w : List.of("Economy", "ÉCONOMIE", "Runner's", "서울")) {
        assertThat(rebuild.normalize("body_en", w)).isEqualTo(lucene.normalize("body_en", w));
      }
    }
  }
}
