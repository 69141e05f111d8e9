package org.dateline.web;

/** The request cannot be understood; the message is shown to the reader: 400. */
public final class BadRequest extends RuntimeException {
  public BadRequest(String message) {
    super(message);
  }
}
