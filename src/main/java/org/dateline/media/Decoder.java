package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns uploaded bytes into upright pixels, refusing anything that is not a sound JPEG, PNG or WebP
 * of a usable size. The size is read from the header before any pixel is decoded, so an image that
 * claims to be enormous (a decompression bomb) costs nothing. Stateless; thread-safe.
 */
final class Decoder {
  static final int MIN_WIDTH = 200;
  static final long MAX_PIXELS = 40_000_000L;

  static final String NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image.";
  static final String DAMAGED =
      "This image is damaged or incomplete. Export it again and retry the upload.";

  /**
   * Warnings given for photos that still display completely (stray bytes between segments, an odd
   * JFIF version, a broken colour profile or thumbnail); any other warning means missing pixels.
   */
  private static final Pattern HARMLESS_WARNING =
      Pattern.compile(
          "extraneous bytes|JFIF revision|ICC profile|thumbnail", Pattern.CASE_INSENSITIVE);

  private Decoder() {}

  static BufferedImage decode(byte[] bytes) {
    ImageKind kind = ImageKind.sniff(bytes).orElseThrow(() -> new PhotoRejected(NOT_AN_IMAGE));
    ImageReader reader = readerFor(kind);
    // In memory: ImageIO's default stream cache would copy every upload to a temp file first.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      int orientation = kind == ImageKind.JPEG ? Orientation.of(bytes) : Orientation.NORMAL;
      checkSize(Orientation.swapsSides(orientation) ? height : width, (long) width * height);
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      BufferedImage image = reader.read(0);
      // A truncated or corrupt JPEG decodes "successfully" with grey where the data is missing; the
      // decoder only says so in a warning.
      if (warnings.stream().anyMatch(warning -> !HARMLESS_WARNING.matcher(warning).find())) {
        throw new PhotoRejected(DAMAGED);
      }
      return Orientation.apply(image, orientation);
    } catch (PhotoRejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Decoders signal bad input with IIOException, but also with IllegalArgumentException,
      // IndexOutOfBoundsException and friends; to the uploader it is all the same.
      throw new PhotoRejected(DAMAGED, e);
    } finally {
      reader.dispose();
    }
  }

  private static void checkSize(int width, long pixels) {
    if (width < MIN_WIDTH) {
      throw new PhotoRejected(
          "This photo is too small: it is "
              + width
              + " pixels wide, and photos need at least "
              + MIN_WIDTH
              + ".");
    }
    if (pixels > MAX_PIXELS) {
      throw new PhotoRejected(
          "This photo is too large: it has "
              + (pixels + 500_000) / 1_000_000
              + " megapixels, and at most "
              + MAX_PIXELS / 1_000_000
              + " are accepted. Make it smaller and retry.");
    }
  }

  private static ImageReader readerFor(ImageKind kind) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + kind + " on the classpath");
    }
    return readers.next();
  }
}
