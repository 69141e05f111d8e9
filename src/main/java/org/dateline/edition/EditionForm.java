package org.dateline.edition;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * An edition as typed in the newsroom's editions page or given to {@code ./dateline edition
 * add|set}: every value as text, checked by {@link Editions} the same way for both (decision 0079).
 * An empty {@code Optional} keeps the value the edition has (or, for a new edition, its default); a
 * host given as {@code ""} removes the host.
 *
 * @param code the edition's BCP 47 tag; it names the edition and never changes
 * @param position the place in the list of editions, a whole number
 * @param direction {@code ltr} or {@code rtl}
 */
public record EditionForm(
    String code,
    Optional<String> name,
    Optional<String> prefix,
    Optional<String> host,
    Optional<String> zone,
    Optional<String> datePattern,
    Optional<String> datelineStyle,
    Optional<String> direction,
    Optional<String> position,
    boolean makeDefault) {

  public EditionForm {
    code = code == null ? "" : code.strip();
    name = name.map(String::strip);
    prefix = prefix.map(String::strip);
    host = host.map(String::strip);
    zone = zone.map(String::strip);
    datePattern = datePattern.map(String::strip);
    datelineStyle = datelineStyle.map(String::strip);
    direction = direction.map(d -> d.strip().toLowerCase(Locale.ROOT));
    position = position.map(String::strip).filter(p -> !p.isEmpty());
  }

  /** The form of an edition as it is, for a page that shows it to be changed. */
  public static EditionForm of(Edition e) {
    return new EditionForm(
        e.code(),
        Optional.of(e.name()),
        Optional.of(e.prefix()),
        Optional.of(e.host().orElse("")),
        Optional.of(e.zone().getId()),
        Optional.of(e.datePattern()),
        Optional.of(e.datelineStyle().pattern()),
        Optional.of(e.direction().label()),
        Optional.of(Integer.toString(e.position())),
        e.isDefault());
  }

  /**
   * {@code base} with the values given; a new edition's base is {@link #fresh}.
   *
   * @throws EditionRefused naming the first value that cannot be an edition's, in one line
   */
  Edition applyTo(Edition base) {
    try {
      return new Edition(
          base.siteName(),
          code,
          zone.isPresent() ? zoneOf(zone.get()) : base.zone(),
          datePattern.orElse(base.datePattern()),
          base.feedText(),
          name.orElse(base.name()),
          prefix.orElse(base.prefix()),
          host.isPresent() ? host : base.host(),
          datelineStyle.isPresent() ? new DatelineStyle(datelineStyle.get()) : base.datelineStyle(),
          direction.isPresent() ? Edition.Direction.of(direction.get()) : base.direction(),
          position.isPresent() ? positionOf(position.get()) : base.position(),
          makeDefault || base.isDefault());
    } catch (IllegalArgumentException bad) {
      throw new EditionRefused(String.valueOf(bad.getMessage()));
    }
  }

  /**
   * The base of a new edition of this code: the site's settings, its language's own name, the code
   * as prefix, English datelines, left to right, last in the list; its zone and date pattern must
   * be given.
   */
  Edition fresh(Edition site, int count) {
    if (zone.filter(z -> !z.isEmpty()).isEmpty()
        || datePattern.filter(p -> !p.isEmpty()).isEmpty()) {
      throw new EditionRefused("A new edition needs a time zone and a date pattern.");
    }
    try {
      return new Edition(
          site.siteName(),
          code,
          zoneOf(zone.get()),
          datePattern.get(),
          site.feedText(),
          Edition.ownName(code),
          code.toLowerCase(Locale.ROOT),
          Optional.empty(),
          DatelineStyle.ENGLISH,
          Edition.Direction.LTR,
          count,
          false);
    } catch (IllegalArgumentException bad) {
      throw new EditionRefused(String.valueOf(bad.getMessage()));
    }
  }

  private static ZoneId zoneOf(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException bad) {
      throw new EditionRefused(
          "\"" + zone + "\" is not a time zone; write one such as Asia/Seoul or Europe/Madrid.");
    }
  }

  private static int positionOf(String position) {
    if (!position.matches("[0-9]{1,4}")) {
      throw new EditionRefused(
          "The position is a whole number from 0 to 9999, not \"" + position + "\".");
    }
    return Integer.parseInt(position);
  }
}
