package org.dateline.subscriber;

import java.time.LocalDate;

/** How many wire requests a subscriber made on a day (UTC). */
public record Usage(LocalDate day, long requests) {}
