package org.dateline.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from titles and names: lower-case ASCII words joined by hyphens. */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
    }
    return slug.isEmpty() ? "story" : slug;
  }
}
