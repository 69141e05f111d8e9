package org.dateline.web.site;

import java.time.LocalDate;
import java.util.Locale;

/** The addresses of the date archive: {@code /archive/YYYY/MM/DD} and {@code /archive/YYYY/MM}. */
public final class ArchivePaths {
  private ArchivePaths() {}

  public static String day(LocalDate d) {
    return String.format(
        Locale.ROOT, "/archive/%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** The month page of a {@code yyyy-MM} label. */
  public static String month(String yearMonth) {
    return "/archive/" + yearMonth.replace('-', '/');
  }
}
