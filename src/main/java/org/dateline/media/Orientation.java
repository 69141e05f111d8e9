package org.dateline.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The EXIF orientation of a JPEG, applied to the pixels. Cameras and phones store the sensor's rows
 * as they are and record the rotation in EXIF; since stored photos lose their EXIF, the rotation
 * has to be baked in or portrait photos would come out lying on their side.
 */
final class Orientation {
  static final int NORMAL = 1;
  private static final int TAG_ORIENTATION = 0x0112;

  private Orientation() {}

  /** The orientation (1–8) in a JPEG's EXIF segment; 1 when absent or unreadable. */
  static int of(byte[] jpeg) {
    int pos = 2; // after SOI
    while (pos + 4 <= jpeg.length) {
      if ((jpeg[pos] & 0xff) != 0xff) {
        return NORMAL;
      }
      int marker = jpeg[pos + 1] & 0xff;
      if (marker == 0xff) {
        pos++; // fill byte
        continue;
      }
      if (marker == 0xda || marker == 0xd9) {
        return NORMAL; // image data starts: no metadata after this point
      }
      int length = unsigned16(jpeg, pos + 2, true);
      int start = pos + 4;
      int end = pos + 2 + length;
      if (length < 2 || end > jpeg.length) {
        return NORMAL;
      }
      if (marker == 0xe1 && end - start >= 14 && isExifHeader(jpeg, start)) {
        int orientation = fromTiff(jpeg, start + 6, end);
        if (orientation != 0) {
          return orientation;
        }
      }
      pos = end;
    }
    return NORMAL;
  }

  /** Whether the orientation turns the picture by a quarter, swapping width and height. */
  static boolean swapsSides(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /**
   * The image as it should be seen; a new image of type INT_RGB or INT_ARGB unless orientation is
   * 1.
   */
  static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation <= NORMAL || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = swapsSides(orientation);
    int outWidth = swap ? h : w;
    BufferedImage out =
        new BufferedImage(
            outWidth,
            swap ? w : h,
            image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int tx;
        int ty;
        switch (orientation) {
          case 2 -> {
            tx = w - 1 - x;
            ty = y;
          } // mirrored
          case 3 -> {
            tx = w - 1 - x;
            ty = h - 1 - y;
          } // upside down
          case 4 -> {
            tx = x;
            ty = h - 1 - y;
          } // flipped
          case 5 -> {
            tx = y;
            ty = x;
          } // transposed
          case 6 -> {
            tx = h - 1 - y;
            ty = x;
          } // turn a quarter clockwise
          case 7 -> {
            tx = h - 1 - y;
            ty = w - 1 - x;
          } // transversed
          default -> {
            tx = y;
            ty = w - 1 - x;
          } // 8: turn a quarter counter-clockwise
        }
        target[ty * outWidth + tx] = row[x];
      }
    }
    return out;
  }

  private static boolean isExifHeader(byte[] b, int at) {
    return b[at] == 'E'
        && b[at + 1] == 'x'
        && b[at + 2] == 'i'
        && b[at + 3] == 'f'
        && b[at + 4] == 0
        && b[at + 5] == 0;
  }

  /** The orientation tag of IFD0 in the TIFF structure at {@code tiff}, or 0. */
  private static int fromTiff(byte[] b, int tiff, int end) {
    boolean bigEndian;
    if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      bigEndian = true;
    } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      bigEndian = false;
    } else {
      return 0;
    }
    long ifd = unsigned32(b, tiff + 4, bigEndian);
    if (ifd < 8 || tiff + ifd + 2 > end) {
      return 0;
    }
    int entries = tiff + (int) ifd + 2;
    int count = unsigned16(b, entries - 2, bigEndian);
    for (int i = 0; i < count; i++) {
      int entry = entries + 12 * i;
      if (entry + 12 > end) {
        return 0;
      }
      if (unsigned16(b, entry, bigEndian) == TAG_ORIENTATION) {
        int value =
            unsigned16(b, entry + 8, bigEndian); // a SHORT sits left-aligned in the value field
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  private static int unsigned16(byte[] b, int at, boolean bigEndian) {
    int first = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    return bigEndian ? first << 8 | second : second << 8 | first;
  }

  private static long unsigned32(byte[] b, int at, boolean bigEndian) {
    long high = unsigned16(b, bigEndian ? at : at + 2, bigEndian);
    long low = unsigned16(b, bigEndian ? at + 2 : at, bigEndian);
    return high << 16 | low;
  }
}
