package org.dateline.ingest;

/** A routing rule or a use of an incoming item was refused; the message says why. */
public final class RuleRefused extends RuntimeException {
  public RuleRefused(String message) {
    super(message);
  }
}
