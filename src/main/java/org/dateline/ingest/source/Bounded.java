package org.dateline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream up to a limit: the bytes, or empty when there were more (never reads past it). */
final class Bounded {
  private Bounded() {}

  static Optional<byte[]> read(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
  }
}
