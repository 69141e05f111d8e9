package org.dateline.media;

/**
 * What an image file's own structure says, read without decoding a pixel: its kind, its size, in
 * how many scans a JPEG is stored (each costs the decoder a pass), and how many bits a decoded
 * pixel takes. Read from the JPEG markers (SOF, every SOS), the PNG IHDR chunk or the WebP header.
 *
 * @param scans the JPEG's SOS segments (1 for PNG and WebP)
 * @param bitsPerPixel bits per pixel as decoded, all channels together
 */
record ImageHeader(ImageKind kind, int width, int height, int scans, int bitsPerPixel) {

  long pixels() {
    return (long) width * height;
  }

  /**
   * The header of a JPEG, PNG or WebP.
   *
   * @throws PhotoRejected when the bytes are none of these, or their structure is broken
   */
  static ImageHeader read(byte[] bytes) {
    ImageKind kind =
        ImageKind.sniff(bytes).orElseThrow(() -> new PhotoRejected(Decoder.NOT_AN_IMAGE));
    ImageHeader header =
        switch (kind) {
          case JPEG -> jpeg(bytes);
          case PNG -> png(bytes);
          case WEBP -> webp(bytes);
        };
    if (header.width() <= 0 || header.height() <= 0) {
      throw new PhotoRejected(Decoder.DAMAGED);
    }
    return header;
  }

  /**
   * Walks the JPEG's markers to the end of the first image (EOI): the frame header (SOF) gives the
   * size; each start of scan (SOS) is counted and its entropy-coded data skipped. Bytes between
   * segments are skipped as the decoder skips them.
   */
  private static ImageHeader jpeg(byte[] b) {
    int width = 0;
    int height = 0;
    int components = 0;
    boolean frame = false;
    int scans = 0;
    int at = 2;
    while (at + 1 < b.length) {
      int next = b[at + 1] & 0xff;
      if ((b[at] & 0xff) != 0xFF || next == 0xFF || next == 0x00) {
        at++; // extraneous bytes, or fill bytes before a marker
        continue;
      }
      int marker = next;
      at += 2;
      if (marker == 0xD9) {
        break;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // markers without a segment
      }
      if (marker == 0xD8 || at + 2 > b.length) {
        throw new PhotoRejected(Decoder.DAMAGED);
      }
      int length = u16(b, at);
      if (length < 2 || at + length > b.length) {
        break; // truncated: the decoder reports what is missing
      }
      if (isFrameHeader(marker)) {
        if (frame || length < 8) {
          throw new PhotoRejected(Decoder.DAMAGED);
        }
        frame = true;
        height = u16(b, at + 3);
        width = u16(b, at + 5);
        components = b[at + 7] & 0xff;
      }
      at += length;
      if (marker == 0xDA) {
        if (!frame) {
          throw new PhotoRejected(Decoder.DAMAGED);
        }
        scans++;
        at = endOfEntropyCodedData(b, at);
      }
    }
    if (!frame || scans == 0) {
      throw new PhotoRejected(Decoder.DAMAGED);
    }
    return new ImageHeader(ImageKind.JPEG, width, height, scans, 8 * components);
  }

  /** SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC). */
  private static boolean isFrameHeader(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** The index of the marker ending a scan's data: a 0xFF not followed by 0x00, RSTn or 0xFF. */
  private static int endOfEntropyCodedData(byte[] b, int at) {
    for (int i = at; i + 1 < b.length; i++) {
      if ((b[i] & 0xff) == 0xFF) {
        int next = b[i + 1] & 0xff;
        if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
          return i;
        }
      }
    }
    return b.length;
  }

  /** The IHDR chunk, which PNG requires first: size, bit depth and colour type. */
  private static ImageHeader png(byte[] b) {
    if (b.length < 33 || u32(b, 8) != 13 || u32(b, 12) != 0x49484452) { // "IHDR"
      throw new PhotoRejected(Decoder.DAMAGED);
    }
    long width = u32(b, 16);
    long height = u32(b, 20);
    int depth = b[24] & 0xff;
    int channels =
        switch (b[25] & 0xff) {
          case 0, 3 -> 1; // grey, palette
          case 4 -> 2; // grey and alpha
          case 2 -> 3; // RGB
          case 6 -> 4; // RGBA
          default -> throw new PhotoRejected(Decoder.DAMAGED);
        };
    if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      throw new PhotoRejected(Decoder.DAMAGED);
    }
    return new ImageHeader(ImageKind.PNG, (int) width, (int) height, 1, channels * depth);
  }

  /** The first chunk after "WEBP": a lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
  private static ImageHeader webp(byte[] b) {
    if (b.length < 30) {
      throw new PhotoRejected(Decoder.DAMAGED);
    }
    String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    int data = 20;
    return switch (chunk) {
      case "VP8 " -> {
        if ((b[data + 3] & 0xff) != 0x9D
            || (b[data + 4] & 0xff) != 0x01
            || (b[data + 5] & 0xff) != 0x2A) {
          throw new PhotoRejected(Decoder.DAMAGED);
        }
        yield new ImageHeader(
            ImageKind.WEBP, le16(b, data + 6) & 0x3FFF, le16(b, data + 8) & 0x3FFF, 1, 32);
      }
      case "VP8L" -> {
        if ((b[data] & 0xff) != 0x2F) {
          throw new PhotoRejected(Decoder.DAMAGED);
        }
        long bits = le16(b, data + 1) | ((long) le16(b, data + 3) << 16);
        yield new ImageHeader(
            ImageKind.WEBP, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1, 1, 32);
      }
      case "VP8X" ->
          new ImageHeader(ImageKind.WEBP, le24(b, data + 4) + 1, le24(b, data + 7) + 1, 1, 32);
      default -> throw new PhotoRejected(Decoder.DAMAGED);
    };
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static long u32(byte[] b, int at) {
    return ((long) u16(b, at) << 16) | u16(b, at + 2);
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
  }

  private static int le24(byte[] b, int at) {
    return le16(b, at) | ((b[at + 2] & 0xff) << 16);
  }
}
