package org.dateline.section;

/**
 * A section change that cannot be made (an empty or taken name); the message is for the
 * administrator.
 */
public final class SectionRefused extends RuntimeException {
  public SectionRefused(String message) {
    super(message);
  }
}
