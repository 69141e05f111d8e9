package org.dateline.distribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The direction a language is written in, from its BCP 47 tag (Arabic, Hebrew, Persian... RTL). */
public enum TextDirection {
  LTR,
  RTL;

  /** Languages written right to left unless a script subtag says otherwise. */
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

  private static final Pattern SUBTAG = Pattern.compile("[-_]");

  private static final Set<String> RTL_SCRIPTS =
      Set.of("arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg");

  public static TextDirection of(String languageTag) {
    List<String> parts = SUBTAG.splitAsStream(languageTag.toLowerCase(Locale.ROOT)).toList();
    for (String part : parts.subList(1, parts.size())) {
      if (part.length() == 4) {
        return RTL_SCRIPTS.contains(part) ? RTL : LTR;
      }
    }
    return !parts.isEmpty() && RTL_LANGUAGES.contains(parts.get(0)) ? RTL : LTR;
  }

  /** The HTML and NewsML-G2 {@code dir} value: {@code ltr} or {@code rtl}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
