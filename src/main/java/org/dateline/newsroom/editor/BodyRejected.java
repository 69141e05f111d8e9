package org.dateline.newsroom.editor;

/** A story body that cannot be accepted as written; the message tells the writer what to fix. */
public final class BodyRejected extends RuntimeException {
  public BodyRejected(String message) {
    super(message);
  }

  public BodyRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
