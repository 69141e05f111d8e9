package org.dateline.edition;

/** An edition that cannot be added or changed as asked; the message says why, in one line. */
public final class EditionRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EditionRefused(String message) {
    super(message);
  }
}
