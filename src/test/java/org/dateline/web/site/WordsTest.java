package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public pages' word bundles: complete in every language, used keys present, fallbacks. */
class WordsTest {
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:skip|chrome|nav|home|lists|pager|article|feedback|search|error|feeds)\\.[a-z_.]*[a-z_])\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9](,n)?}");

  private final WordBooks books = WordBooks.load();

  @Test
  void every_bundle_has_exactly_the_english_keys() {
    Set<String> english = WordBooks.read("en").keySet();
    for (String language : WordBooks.LANGUAGES) {
      assertThat(WordBooks.read(language).keySet())
          .as("keys of site_%s.properties", language)
          .containsExactlyInAnyOrderElementsOf(english);
    }
  }

  @Test
  void every_translation_keeps_the_placeholders_of_the_english_word() {
    Map<String, String> english = WordBooks.read("en");
    List<String> wrong = new ArrayList<>();
    for (String language : WordBooks.LANGUAGES) {
      WordBooks.read(language)
          .forEach(
              (key, word) -> {
                if (!placeholders(word).equals(placeholders(english.get(key)))) {
                  wrong.add(language + " " + key + "=" + word);
                }
              });
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_translation_but_the_empty_byline_words_is_written_out() {
    List<String> empty = new ArrayList<>();
    for (String language : WordBooks.LANGUAGES) {
      WordBooks.read(language)
          .forEach(
              (key, word) -> {
                if (word.isBlank() && !key.startsWith("article.by")) {
                  empty.add(language + " " + key);
                }
              });
    }
    assertThat(empty).isEmpty();
  }

  @Test
  void every_key_the_public_templates_and_pages_use_is_in_the_english_bundle() throws IOException {
    // Given: the public templates (not the newsroom's) and the web code that builds public pages
    Set<String> used = new TreeSet<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      files
          .filter(p -> p.toString().endsWith(".jte"))
          .filter(p -> !p.toString().contains("newsroom"))
          .forEach(sources::add);
    }
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/dateline/web"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
    }
    for (Path source : sources) {
      Matcher m = KEY.matcher(read(source));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    for (String facet : List.of("section", "author", "topic", "language", "month")) {
      used.add("search.facet." + facet);
    }
    // Then: each one has an English word, and no English word is left unused
    Set<String> english = WordBooks.read("en").keySet();
    assertThat(used).hasSizeGreaterThan(80);
    assertThat(english).containsAll(used);
    assertThat(used).containsAll(english);
  }

  @Test
  void the_page_templates_write_no_fixed_english_words_of_their_own() throws IOException {
    // The words these templates wrote before they took them from the bundles.
    List<String> old =
        List.of(
            ">All News<",
            "Go to Contents",
            ">Search<",
            "Send Feedback",
            "Older stories",
            "Newer stories",
            ">Latest<",
            "Related stories",
            "Page not found",
            "Stories may not be republished",
            "News agency",
            "aria-label=\"Sections\"",
            "Did you mean",
            ">By ");
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(".jte") && !f.toString().contains("newsroom"))
              .toList()) {
        String text = read(p);
        for (String word : old) {
          assertThat(text).as(p + " writes " + word).doesNotContain(word);
        }
      }
    }
  }

  @Test
  void a_language_without_a_bundle_reads_its_family_or_english_never_a_raw_key() {
    assertThat(books.of("ko").get("nav.all_news")).isEqualTo("전체 기사");
    assertThat(books.of("es-MX").language()).isEqualTo("es");
    assertThat(books.of("zh").language()).isEqualTo("zh-Hans");
    assertThat(books.of("zh-CN").language()).isEqualTo("zh-Hans");
    assertThat(books.of("zh-Hant").language()).as("not Simplified for Traditional").isEqualTo("en");
    assertThat(books.of("zh-TW").language()).isEqualTo("en");
    assertThat(books.of("de").get("nav.all_news")).isEqualTo("All News");
    assertThatThrownBy(() -> books.of("ko").get("no.such_key"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbers_are_grouped_in_the_language_style_with_latin_digits() {
    assertThat(books.of("en").format("feedback.hint", 2000)).startsWith("Up to 2,000 characters.");
    assertThat(books.of("ar").format("search.stories", 12345)).isEqualTo("عدد الأخبار: 12,345");
    assertThat(books.of("fr").format("search.stories", 12345)).isEqualTo("12\u202f345 articles");
    // A plain {0} is the number as it is, as the English pages always wrote it.
    assertThat(books.of("en").format("search.too_long", 1500, 500))
        .startsWith("Your search is 1500");
  }

  @Test
  void parts_put_the_placeholders_where_the_language_puts_them() {
    List<Words.Part> ko = books.of("ko").parts("search.instead");
    assertThat(ko.get(0).is(0)).isTrue();
    assertThat(ko.stream().filter(p -> !p.isText()).map(Words.Part::index)).containsExactly(0, 1);
    List<Words.Part> en = books.of("en").parts("search.did_you_mean");
    assertThat(en).extracting(Words.Part::text).containsExactly("Did you mean ", "", "?");
  }

  @Test
  void direction_follows_the_language_or_its_script() {
    assertThat(Direction.of("ar")).isEqualTo("rtl");
    assertThat(Direction.of("he")).isEqualTo("rtl");
    assertThat(Direction.of("fa-IR")).isEqualTo("rtl");
    assertThat(Direction.of("ur")).isEqualTo("rtl");
    assertThat(Direction.of("az-Arab")).isEqualTo("rtl");
    assertThat(Direction.of("ar-Latn")).isEqualTo("ltr");
    assertThat(Direction.of("en")).isEqualTo("ltr");
    assertThat(Direction.of("zh-Hans")).isEqualTo("ltr");
    assertThat(Direction.of("ko")).isEqualTo("ltr");
  }

  private static Set<String> placeholders(String word) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(word);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
