package org.dateline.ingest.format;

import java.util.List;

/**
 * What a format read from one file or response: the items it could read, and one line for each item
 * it refused (naming the item and the reason) — a bad item never costs the others.
 */
public record Parsed(List<IncomingItem> items, List<String> refused) {
  public Parsed {
    items = List.copyOf(items);
    refused = List.copyOf(refused);
  }

  /** One item read. */
  public static Parsed of(IncomingItem item) {
    return new Parsed(List.of(item), List.of());
  }
}
