package org.dateline.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Analysis by the story's language: English (possessives, stop words, Porter stems), Korean (Nori),
 * Japanese (Kuromoji), Chinese (SmartCN), standard analysis for every other language. Each language
 * has its own headline and body fields; a query is analysed once per field, so words of any of
 * these languages match. Thread-safe (Lucene analyzers reuse per-thread components).
 */
final class Analyzers {
  /** The language fields' suffixes; {@code std} is every language without its own analysis. */
  static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh", "std");

  private Analyzers() {}

  /** The analysis a story of this language (a BCP 47 tag such as {@code en-GB}) gets. */
  static String of(String language) {
    String primary = language == null ? "" : language.toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    return LANGUAGES.contains(primary) && !primary.equals("std") ? primary : "std";
  }

  static String headline(String lang) {
    return "headline_" + lang;
  }

  static String body(String lang) {
    return "body_" + lang;
  }

  /** One analyzer for the whole index: the language fields' own, standard for the rest. */
  static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String lang : LANGUAGES) {
      Analyzer a = forLanguage(lang);
      fields.put(headline(lang), a);
      fields.put(body(lang), a);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }

  private static Analyzer forLanguage(String lang) {
    return switch (lang) {
      case "en" -> new EnglishAnalyzer();
      case "ko" -> new KoreanAnalyzer();
      case "ja" -> new JapaneseAnalyzer();
      case "zh" -> new SmartChineseAnalyzer();
      default -> new StandardAnalyzer();
    };
  }
}
