package org.dateline.ingest;

import java.util.List;

/**
 * What one file or response did: items stored as new, replaced by a newer version, killed, ignored
 * as older or identical, and the lines refused (the whole file when {@code fileRefused}).
 */
public record Received(
    int added, int updated, int killed, int ignored, List<String> refused, boolean fileRefused) {
  public Received {
    refused = List.copyOf(refused);
  }

  /** Items that changed the desk. */
  public int taken() {
    return added + updated + killed;
  }
}
