package org.dateline.web;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of small values typed into addresses and forms: a value, or empty when the text
 * names none. Handlers decide what an empty value means (a 404, a refusal with the user's text, a
 * default); no handler catches a parse exception (decision 0066).
 *
 * <p>Only ASCII digits count: {@code ٢٠٢٦} and full-width {@code ２０２６} name no number or date here,
 * as they name none in an address ({@code /archive/2026}) or in the ISO formats the forms ask for.
 * Null, empty and blank text gives empty. Text is not stripped: callers strip what they read from
 * forms.
 */
public final class Params {
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");

  /** Longer text is no number we read, whatever its leading zeros (and is never parsed). */
  private static final int MAX_NUMBER_TEXT = 40;

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Params() {}

  /** A whole number in {@code int}'s range, written in ASCII digits with an optional sign. */
  public static OptionalInt number(String text) {
    OptionalLong n = longNumber(text);
    return n.isPresent() && n.getAsLong() >= Integer.MIN_VALUE && n.getAsLong() <= Integer.MAX_VALUE
        ? OptionalInt.of((int) n.getAsLong())
        : OptionalInt.empty();
  }

  /** A whole number in {@code long}'s range, written in ASCII digits with an optional sign. */
  public static OptionalLong longNumber(String text) {
    if (text == null || text.length() > MAX_NUMBER_TEXT || !NUMBER.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    BigInteger n = new BigInteger(text);
    return n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0
        ? OptionalLong.of(n.longValue())
        : OptionalLong.empty();
  }

  /** A day written {@code 2026-11-30} that the calendar has ({@code 2026-02-30} is none). */
  public static Optional<LocalDate> date(String text) {
    return numbers(DATE, text).flatMap(n -> date(n[0], n[1], n[2]));
  }

  /** The day of these numbers, when the calendar has it (month 1 to 12, day within the month). */
  public static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 0 || year > 9999 || month < 1 || month > 12) {
      return Optional.empty();
    }
    return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  /** A month written {@code 2026-11}. */
  public static Optional<YearMonth> month(String text) {
    return numbers(MONTH, text).flatMap(n -> date(n[0], n[1], 1)).map(YearMonth::from);
  }

  /** The numbers of the pattern's groups when the whole text matches it (ASCII digits only). */
  private static Optional<int[]> numbers(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int[] n = new int[m.groupCount()];
    for (int i = 0; i < n.length; i++) {
      n[i] = Integer.parseInt(m.group(i + 1));
    }
    return Optional.of(n);
  }

  /** A local date and time in ISO form, {@code 2026-11-30T09:00} (seconds optional). */
  public static Optional<LocalDateTime> dateTime(String text) {
    return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from);
  }

  /** An instant in ISO form, {@code 2026-11-30T09:00:00Z}. */
  public static Optional<Instant> instant(String text) {
    return parse(text, DateTimeFormatter.ISO_INSTANT, Instant::from);
  }

  /** A URI, absolute or relative; empty for text that is none (spaces, bad escapes…). */
  public static Optional<URI> uri(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The one place a date parse may fail: the formatters, not a handler, know every form. */
  private static <T> Optional<T> parse(
      String text, DateTimeFormatter format, TemporalQuery<T> query) {
    if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c < 128)) {
      return Optional.empty();
    }
    try {
      return Optional.of(format.parse(text, query));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
