package org.dateline.distribution.newsmlg2;

import java.util.Locale;
import java.util.Optional;

/** How a NewsML-G2 item carries the story's body in {@code inlineXML}. */
public enum BodyFormat {
  /** An XHTML document, {@code application/xhtml+xml} (the default). */
  XHTML("application/xhtml+xml"),
  /** A NITF 3.6 document, {@code application/nitf+xml}. */
  NITF("application/nitf+xml");

  /** The media type written into {@code inlineXML/@contenttype}. */
  public final String contentType;

  BodyFormat(String contentType) {
    this.contentType = contentType;
  }

  /** The body a subscriber asked for: {@code xhtml} or {@code nitf}, in any case. */
  public static Optional<BodyFormat> of(String requested) {
    return switch (requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT)) {
      case "xhtml" -> Optional.of(XHTML);
      case "nitf" -> Optional.of(NITF);
      default -> Optional.empty();
    };
  }
}
