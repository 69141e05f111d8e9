package org.dateline.web.site;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language is written, from its BCP 47 tag: right to left for the languages and scripts
 * written so (Arabic, Hebrew, Persian, Urdu …), left to right otherwise. A script subtag decides
 * over the language ({@code az-Arab} is right to left, {@code ar-Latn} left to right).
 */
public final class Direction {
  public static final String LTR = "ltr";
  public static final String RTL = "rtl";

  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "ji", "dv", "ckb", "syr");
  private static final Set<String> RTL_SCRIPTS =
      Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr");

  private Direction() {}

  /** {@code rtl} or {@code ltr}. */
  public static String of(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
    String script = locale.getScript();
    if (!script.isEmpty()) {
      return RTL_SCRIPTS.contains(script) ? RTL : LTR;
    }
    String language = languageTag == null ? "" : languageTag.split("-", 2)[0];
    return RTL_LANGUAGES.contains(language.toLowerCase(Locale.ROOT)) ? RTL : LTR;
  }
}
