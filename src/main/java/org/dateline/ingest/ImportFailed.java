package org.dateline.ingest;

/** A file could not be imported; the message names the file and what was wrong. */
public final class ImportFailed extends RuntimeException {
  public ImportFailed(String message) {
    super(message);
  }
}
