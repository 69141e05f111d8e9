package org.dateline.ingest.format;

/** The input is not a story this format can read; the message says what was missing. */
public final class NotAnArticle extends RuntimeException {
  public NotAnArticle(String reason) {
    super(reason);
  }
}
