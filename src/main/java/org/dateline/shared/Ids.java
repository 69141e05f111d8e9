package org.dateline.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids as they arrive in paths, queries and forms: a positive decimal number of at most 18 digits
 * (so it fits a {@code long}), without sign, spaces or leading zeros; anything else names nothing.
 * The one definition the site, the newsroom and the APIs share.
 */
public final class Ids {
  /** The text of an id. */
  public static final String PATTERN = "[1-9][0-9]{0,17}";

  private static final Pattern ID = Pattern.compile(PATTERN);

  private Ids() {}

  /** The id written in {@code text}, or empty when it is not one. */
  public static Optional<Long> parse(String text) {
    return text != null && ID.matcher(text).matches()
        ? Optional.of(Long.parseLong(text))
        : Optional.empty();
  }
}
