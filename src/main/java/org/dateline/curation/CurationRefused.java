package org.dateline.curation;

/** A change of the home page's picks that cannot be made; the message is for the editor. */
public final class CurationRefused extends RuntimeException {
  public CurationRefused(String message) {
    super(message);
  }
}
