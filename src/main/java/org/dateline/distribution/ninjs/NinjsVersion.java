package org.dateline.distribution.ninjs;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ninjs versions the wire writes. 3.x renamed most properties to camelCase ({@code
 * versioncreated} → {@code versionCreated}) and {@code embargoed} to {@code embargoedUntil}; the
 * writer names every property the 3.x way and asks the version for its spelling.
 */
public enum NinjsVersion {
  /** ninjs 2.2, the default. */
  V2("2.2", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"),
  /** ninjs 3.1, on request. */
  V3("3.1", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json");

  private static final Map<String, String> RENAMED_IN_3 = Map.of("embargoedUntil", "embargoed");

  /** The exact schema version the output is valid against. */
  public final String number;

  /** The schema's identifier, written into {@code standard.schema}. */
  public final String schema;

  NinjsVersion(String number, String schema) {
    this.number = number;
    this.schema = schema;
  }

  /** The version a subscriber asked for: {@code 2} or {@code 3} (or {@code 2.2}, {@code 3.1}). */
  public static Optional<NinjsVersion> of(String requested) {
    return switch (requested == null ? "" : requested.strip()) {
      case "2", "2.2" -> Optional.of(V2);
      case "3", "3.1" -> Optional.of(V3);
      default -> Optional.empty();
    };
  }

  /** The property name in this version, given its 3.x name. */
  String key(String name) {
    if (this == V3) {
      return name;
    }
    return RENAMED_IN_3.getOrDefault(name, name).toLowerCase(Locale.ROOT);
  }
}
