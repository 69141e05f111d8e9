package org.dateline.archfixture.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Breaks "handlers use no try/catch for flow": a page choosing its answer by a caught parse. */
final class ArchiveDay {
  private ArchiveDay() {}

  static String page(String day, String number) {
    try {
      return LocalDate.parse(day) + "/" + Integer.parseInt(number);
    } catch (DateTimeParseException | NumberFormatException e) {
      return "404";
    }
  }
}
