package org.dateline.ingest;

/** A provider change was refused; the message says why, in the user's words where it can. */
public final class ProviderRefused extends RuntimeException {
  public ProviderRefused(String message) {
    super(message);
  }
}
