package org.dateline.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A public site's settings: name, language, time zone and the pattern its times are shown in. */
public record Edition(String siteName, String language, ZoneId zone, String datePattern) {
  public static final Edition DEFAULT =
      new Edition("Dateline", "en", ZoneId.of("Asia/Seoul"), "HH:mm MMMM dd, yyyy");

  public Edition {
    if (siteName == null || siteName.isBlank()) {
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
