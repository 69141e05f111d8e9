package org.dateline.web;

/** The request is understood and refused: 403. */
public final class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
