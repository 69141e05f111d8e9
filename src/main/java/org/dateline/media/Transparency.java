package org.dateline.media;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Whether a picture really shows through anywhere: many PNGs carry an alpha channel that is fully
 * opaque.
 */
final class Transparency {
  private Transparency() {}

  static boolean isTransparent(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return false;
    }
    int width = image.getWidth();
    WritableRaster alpha = image.getAlphaRaster();
    if (alpha != null) {
      int opaque = (1 << alpha.getSampleModel().getSampleSize(0)) - 1;
      int[] row = new int[width];
      for (int y = 0; y < image.getHeight(); y++) {
        alpha.getSamples(0, y, width, 1, 0, row);
        for (int value : row) {
          if (value != opaque) {
            return true;
          }
        }
      }
      return false;
    }
    int[] row = new int[width]; // e.g. an indexed PNG with a transparent palette entry
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int argb : row) {
        if (argb >>> 24 != 0xff) {
          return true;
        }
      }
    }
    return false;
  }
}
