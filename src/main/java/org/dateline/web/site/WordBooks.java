package org.dateline.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The public pages' word bundles, {@code i18n/site_TAG.properties} (UTF-8), loaded once. A language
 * without a bundle reads the bundle of its primary language ({@code zh-Hant} → no, {@code es-MX} →
 * {@code es}), else English (decision 0069).
 */
public final class WordBooks {
  /** The languages with a bundle; English first, the fallback of every other. */
  public static final List<String> LANGUAGES =
      List.of("en", "ko", "ja", "zh-Hans", "ar", "es", "fr");

  private final Map<String, Words> books;

  private WordBooks(Map<String, Words> books) {
    this.books = books;
  }

  /** Reads every bundle from the class path. */
  public static WordBooks load() {
    Map<String, String> english = read("en");
    Map<String, Words> books = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      books.put(language, new Words(language, read(language), english));
    }
    return new WordBooks(books);
  }

  /**
   * The words for a language tag: its own bundle, else the bundle of the same language and script
   * ({@code zh-Hans-CN} → {@code zh-Hans}), else of the language alone ({@code es-MX} → {@code es},
   * but not {@code zh-Hant} → {@code zh-Hans}), else English.
   */
  public Words of(String languageTag) {
    Locale wanted = Locale.forLanguageTag(languageTag);
    String script = wanted.getScript();
    if (script.isEmpty() && wanted.getLanguage().equals("zh")) {
      // Chinese without a script: Traditional where it is written so, Simplified elsewhere.
      script = List.of("TW", "HK", "MO").contains(wanted.getCountry()) ? "Hant" : "Hans";
    }
    for (Words w : books.values()) {
      if (w.language().equalsIgnoreCase(languageTag)) {
        return w;
      }
    }
    for (Words w : books.values()) {
      Locale has = w.locale();
      if (has.getLanguage().equals(wanted.getLanguage())
          && (has.getScript().isEmpty() || has.getScript().equals(script))) {
        return w;
      }
    }
    return Objects.requireNonNull(books.get("en"), "LANGUAGES holds en");
  }

  /** The keys and words of one bundle as stored, without fallback (for the bundles' tests). */
  public static Map<String, String> read(String language) {
    String path = "/i18n/site_" + language + ".properties";
    try (InputStream in = WordBooks.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing word bundle " + path);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word bundle " + path, e);
    }
  }
}
