package org.dateline.media;

import java.util.Optional;

/**
 * The image formats accepted for upload, recognised by their first bytes (never by a file name).
 */
enum ImageKind {
  JPEG("jpeg"),
  PNG("png"),
  WEBP("webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The ImageIO format name whose reader decodes this kind. */
  final String formatName;

  ImageKind(String formatName) {
    this.formatName = formatName;
  }

  static Optional<ImageKind> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, new byte[] {'R', 'I', 'F', 'F'})
        && startsWith(bytes, 8, new byte[] {'W', 'E', 'B', 'P'})) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
