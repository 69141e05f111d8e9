package org.dateline.web;

/** A request body of a type or character set the route does not take: 415. */
public final class UnsupportedMediaType extends RuntimeException {
  public UnsupportedMediaType(String message) {
    super(message);
  }
}
