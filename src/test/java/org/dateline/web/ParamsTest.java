package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of small typed values: a value, or empty for text that names none. */
class ParamsTest {

  @Test
  void ascii_numbers_with_an_optional_sign_are_read() {
    assertThat(Params.number("42")).isEqualTo(OptionalInt.of(42));
    assertThat(Params.number("-5")).isEqualTo(OptionalInt.of(-5));
    assertThat(Params.number("+7")).isEqualTo(OptionalInt.of(7));
    assertThat(Params.number("007")).isEqualTo(OptionalInt.of(7));
    assertThat(Params.number("2147483647")).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(Params.number("-2147483648")).isEqualTo(OptionalInt.of(Integer.MIN_VALUE));
    assertThat(Params.longNumber("9223372036854775807")).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        " ",
        " 42",
        "42 ",
        "4 2",
        "abc",
        "12abc",
        "1.5",
        "1e3",
        "+",
        "-",
        "0x1F",
        "٢٠٢٦", // Arabic-Indic digits: Integer.parseInt would read 2026
        "２０２６", // full-width digits: Integer.parseInt would read 2026
        "۲۰۲۶", // Extended Arabic-Indic (Persian) digits
        "2147483648",
        "-2147483649",
        "99999999999999999999999999999999",
        "0000000000000000000000000000000000000000000000000000000001"
      })
  void text_that_is_no_int_gives_no_number(String text) {
    assertThat(Params.number(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "１", "٣"})
  void text_beyond_a_long_or_in_other_digits_gives_no_long(String text) {
    assertThat(Params.longNumber(text)).isEmpty();
  }

  @Test
  void a_huge_number_is_refused_without_being_parsed_whole() {
    assertThat(Params.longNumber("9".repeat(1_000_000))).isEmpty();
  }

  @Test
  void calendar_days_are_read_and_days_the_calendar_lacks_are_not() {
    assertThat(Params.date("2026-11-30")).contains(LocalDate.of(2026, 11, 30));
    assertThat(Params.date("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
    assertThat(Params.date(2026, 12, 31)).contains(LocalDate.of(2026, 12, 31));
    assertThat(Params.date(2026, 2, 30)).isEmpty();
    assertThat(Params.date(2026, 4, 31)).isEmpty();
    assertThat(Params.date(2026, 13, 1)).isEmpty();
    assertThat(Params.date(2026, 0, 1)).isEmpty();
    assertThat(Params.date(2026, 1, 0)).isEmpty();
    assertThat(Params.date(2026, 1, -1)).isEmpty();
    assertThat(Params.date(Integer.MAX_VALUE, 1, 1)).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "2026-02-30",
        "2027-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-1-5",
        "26-11-30",
        "2026/11/30",
        "2026-11-30T09:00",
        " 2026-11-30",
        "٢٠٢٦-١١-٣٠",
        "２０２６-１１-３０",
        "garbage"
      })
  void text_that_names_no_day_gives_no_date(String text) {
    assertThat(Params.date(text)).isEmpty();
  }

  @Test
  void months_are_read_and_impossible_months_are_not() {
    assertThat(Params.month("2026-11")).contains(YearMonth.of(2026, 11));
    assertThat(Params.month("2026-13")).isEmpty();
    assertThat(Params.month("2026-00")).isEmpty();
    assertThat(Params.month("2026-1")).isEmpty();
    assertThat(Params.month("２０２６-１１")).isEmpty();
    assertThat(Params.month("")).isEmpty();
    assertThat(Params.month(null)).isEmpty();
  }

  @Test
  void iso_instants_and_local_times_are_read_and_impossible_ones_are_not() {
    assertThat(Params.instant("2026-11-30T09:00:00Z"))
        .contains(Instant.parse("2026-11-30T09:00:00Z"));
    assertThat(Params.instant("2026-11-30T09:00:00.5Z"))
        .contains(Instant.parse("2026-11-30T09:00:00.5Z"));
    assertThat(Params.instant("2026-02-30T09:00:00Z")).isEmpty();
    assertThat(Params.instant("2026-11-30T25:00:00Z")).isEmpty();
    assertThat(Params.instant("2026-11-30T09:00")).isEmpty();
    assertThat(Params.instant("２０２６-11-30T09:00:00Z")).isEmpty();
    assertThat(Params.instant("")).isEmpty();
    assertThat(Params.instant(null)).isEmpty();

    assertThat(Params.dateTime("2026-11-30T09:05")).contains(LocalDateTime.of(2026, 11, 30, 9, 5));
    assertThat(Params.dateTime("2026-02-30T09:05")).isEmpty();
    assertThat(Params.dateTime("2026-11-30T24:00")).isEmpty();
    assertThat(Params.dateTime("٢٠٢٦-11-30T09:05")).isEmpty();
  }

  @Test
  void uris_are_read_and_text_that_is_no_uri_is_not() {
    assertThat(Params.uri("https://example.org/a?b=c"))
        .contains(URI.create("https://example.org/a?b=c"));
    assertThat(Params.uri("http://exa mple.org/")).isEmpty();
    assertThat(Params.uri("http://example.org/%zz")).isEmpty();
    assertThat(Params.uri(null)).isEqualTo(Optional.empty());
  }
}
