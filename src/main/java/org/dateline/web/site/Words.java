package org.dateline.web.site;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed words of the public pages in one language (decision 0069): "All News", the skip links,
 * the feedback form, error pages. A key the language's bundle lacks falls back to English; a key
 * English lacks is a mistake in our code ({@code WordsTest} checks every key a template uses).
 *
 * <p>Placeholders: {@code {0}} is the argument as text; {@code {0,n}} a whole number with the
 * locale's grouping ({@code 2,000}). Numbers keep Latin digits in every language.
 */
public final class Words {
  private final String language;
  private final Locale locale;
  private final Map<String, String> words;
  private final Map<String, String> english;

  Words(String language, Map<String, String> words, Map<String, String> english) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.words = Map.copyOf(words);
    this.english = Map.copyOf(english);
  }

  /** The language tag of the bundle these words come from ({@code en} when falling back). */
  public String language() {
    return language;
  }

  /** The locale names and dates are written in. */
  public Locale locale() {
    return locale;
  }

  /** The word for {@code key}, in this language or else in English. */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      word = english.get(key);
    }
    if (word == null) {
      throw new IllegalArgumentException("no interface word " + key + " in the English bundle");
    }
    return word;
  }

  /** The word for {@code key} with its placeholders filled in. */
  public String format(String key, Object... args) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts(key)) {
      if (part.isText()) {
        out.append(part.text());
      } else {
        Object arg = args[part.index()];
        out.append(
            part.grouped() && arg instanceof Number n
                ? NumberFormat.getIntegerInstance(numbers()).format(n)
                : String.valueOf(arg));
      }
    }
    return out.toString();
  }

  /**
   * The word for {@code key} cut at its placeholders, so that a template can put markup (a link, a
   * {@code <strong>}) where each one stands, in the order the language puts them.
   */
  public List<Part> parts(String key) {
    String word = get(key);
    List<Part> out = new ArrayList<>();
    int from = 0;
    int i = word.indexOf('{');
    while (i >= 0) {
      int end = word.indexOf('}', i);
      if (end < 0 || !word.substring(i + 1, end).matches("[0-9](,n)?")) {
        i = word.indexOf('{', i + 1);
        continue;
      }
      if (i > from) {
        out.add(new Part(word.substring(from, i), -1, false));
      }
      out.add(new Part("", word.charAt(i + 1) - '0', end - i > 2));
      from = end + 1;
      i = word.indexOf('{', from);
    }
    if (from < word.length()) {
      out.add(new Part(word.substring(from), -1, false));
    }
    return out;
  }

  /** Grouping separators in the language's style, with Latin digits (decision 0069). */
  private Locale numbers() {
    return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
  }

  /** Literal text ({@code index} -1), or the placeholder numbered {@code index}. */
  public record Part(String text, int index, boolean grouped) {
    public boolean isText() {
      return index < 0;
    }

    /** True for placeholder {@code n}. */
    public boolean is(int n) {
      return index == n;
    }
  }
}
