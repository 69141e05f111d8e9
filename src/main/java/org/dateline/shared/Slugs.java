package org.dateline.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes URL slugs from titles and names: the letters and digits of every script, case-folded and in
 * NFC, words joined by hyphens. Latin letters lose their accents ("Café" gives {@code cafe}, as
 * slugs always did); other scripts are kept as they are ({@code 김철수}, {@code иван-петров}, {@code
 * 日本}) and percent-encoded in URLs by {@link #inPath}.
 */
public final class Slugs {
  /** Longest slug, in characters (code points). */
  public static final int MAX_LENGTH = 80;

  /** The slug of a title with no letter or digit at all (only punctuation or symbols). */
  public static final String FALLBACK = "story";

  private static final Pattern LATIN_WITH_MARKS =
      Pattern.compile("(\\p{IsLatin})\\p{M}+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

  private Slugs() {}

  /** The slug of a title or name; {@link #FALLBACK} when it has no letter or digit. */
  public static String of(String text) {
    String slug = orEmpty(text);
    return slug.isEmpty() ? FALLBACK : slug;
  }

  /** The slug of a title or name; empty when it has no letter or digit. */
  public static String orEmpty(String text) {
    String folded = Text.key(text);
    // Decompose (compatibility forms too: full-width letters, ligatures) so Latin accents come off
    // as marks; other scripts are put back together below.
    String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFKD);
    String unaccented = LATIN_WITH_MARKS.matcher(decomposed).replaceAll("$1");
    String words = Normalizer.normalize(unaccented, Normalizer.Form.NFC);
    String slug = NOT_WORD.matcher(words).replaceAll("-").replaceAll("(^-+|-+$)", "");
    // A slug never starts with a mark (a mark left alone after a hyphen).
    slug = slug.replaceAll("^\\p{M}+", "");
    if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
      int end = slug.offsetByCodePoints(0, MAX_LENGTH);
      int cut = slug.lastIndexOf('-', end);
      slug = slug.substring(0, cut > 20 ? cut : end).replaceAll("-+$", "");
    }
    return slug;
  }

  /**
   * The slug as one URL path segment: letters outside ASCII percent-encoded as UTF-8 (upper-case
   * hex, as browsers send them), so the address round-trips through the router and the page cache.
   */
  public static String inPath(String slug) {
    return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
