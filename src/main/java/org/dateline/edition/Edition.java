package org.dateline.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.shared.Text;

/**
 * A public site's settings: name, language, time zone, the pattern its times are shown in, and how
 * much of each story its feeds carry.
 */
public record Edition(
    String siteName, String language, ZoneId zone, String datePattern, FeedText feedText) {
  public static final Edition DEFAULT =
      new Edition("Dateline", "en", ZoneId.of("Asia/Seoul"), "HH:mm MMMM dd, yyyy");

  /**
   * How much of each story the public feeds carry: the whole body, or the summary with a link (the
   * default, decision 0027).
   */
  public enum FeedText {
    FULL,
    SUMMARY;

    /** {@code full} or {@code summary}, as the command line and the settings store write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The setting named {@code full} or {@code summary}. */
    public static FeedText of(String label) {
      for (FeedText f : values()) {
        if (f.label().equals(label)) {
          return f;
        }
      }
      throw new IllegalArgumentException("feed content is full or summary, got " + label);
    }
  }

  /** An edition whose feeds carry summaries. */
  public Edition(String siteName, String language, ZoneId zone, String datePattern) {
    this(siteName, language, zone, datePattern, FeedText.SUMMARY);
  }

  public Edition {
    if (feedText == null) {
      throw new IllegalArgumentException("feed content must be full or summary");
    }
    siteName = Text.name(siteName);
    if (siteName.isEmpty()) {
      throw new IllegalArgumentException("site name must not be empty");
    }
    if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as en or ko, got " + language);
    }
    var unused =
        DateTimeFormatter.ofPattern(datePattern, Locale.ENGLISH); // throws on a bad pattern
  }

  public DateTimeFormatter formatter() {
    return DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(language)).withZone(zone);
  }

  /** The instant as a reader of this edition sees it, e.g. {@code 06:12 February 04, 2022}. */
  public String format(Instant instant) {
    return formatter().format(instant);
  }
}
