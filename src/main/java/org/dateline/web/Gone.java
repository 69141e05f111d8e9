package org.dateline.web;

/** The page existed and was withdrawn for good (a killed story): 410. */
public final class Gone extends RuntimeException {
  public Gone(String message) {
    super(message);
  }
}
