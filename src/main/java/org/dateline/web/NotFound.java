package org.dateline.web;

/** The requested page does not exist: 404. */
public final class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
