package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns uploaded bytes into upright pixels, refusing anything that is not a sound JPEG, PNG or WebP
 * of a usable size and a reasonable cost. {@link #inspect} reads the file's structure before any
 * pixel is decoded ({@link ImageHeader}) and refuses what would be too large, too tall, or too much
 * work for its size: a decompression bomb, or a small JPEG stored in hundreds of scans (ImageIO
 * decodes a full pass per scan). {@link #decode} then stops a decoder that still runs past its
 * deadline of CPU time. Thread-safe.
 */
final class Decoder {
  static final int MIN_WIDTH = 200;
  static final long MAX_PIXELS = 40_000_000L;

  /** Wider or taller cannot be stored (JPEG ends at 65,500) nor shown sensibly in a story. */
  static final int MAX_SIDE = 16_384;

  /** Ordinary progressive JPEGs have 10 scans or fewer; 64 is far beyond any encoder's script. */
  static final int MAX_SCANS = 64;

  /**
   * Pixels × scans, the work of decoding a JPEG (ImageIO runs a full output pass after each scan):
   * a 40-megapixel photo in up to 12 scans (about 2.5 s of CPU here), a smaller one in more.
   */
  static final long MAX_SCAN_WORK = MAX_PIXELS * 12;

  /** Bytes a decoded raster may take: 40 megapixels of 8-bit RGBA. */
  static final long MAX_RASTER_BYTES = MAX_PIXELS * 4;

  /**
   * The most CPU time one decode may take: a 40-megapixel progressive JPEG needs about 2 s here,
   * most photos well under one.
   */
  static final Duration DEADLINE = Duration.ofSeconds(4);

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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration deadline;
  private final LongSupplier cpuNanos;
  private final AtomicInteger decodes = new AtomicInteger();

  /** A decoder stopping at {@link #DEADLINE} of the decoding thread's CPU time. */
  Decoder() {
    this(DEADLINE, Decoder::threadCpuNanos);
  }

  /**
   * @param cpuNanos the CPU time, in nanoseconds, of the thread that calls it
   */
  Decoder(Duration deadline, LongSupplier cpuNanos) {
    this.deadline = deadline;
    this.cpuNanos = cpuNanos;
  }

  /**
   * The upload's header, when its structure is sound and its size and cost acceptable.
   *
   * @throws PhotoRejected naming what is out of bounds; nothing is decoded
   */
  ImageHeader inspect(byte[] bytes) {
    ImageHeader header = ImageHeader.read(bytes);
    int orientation = header.kind() == ImageKind.JPEG ? Orientation.of(bytes) : Orientation.NORMAL;
    int uprightWidth = Orientation.swapsSides(orientation) ? header.height() : header.width();
    if (uprightWidth < MIN_WIDTH) {
      throw new PhotoRejected(
          "This photo is too small: it is "
              + uprightWidth
              + " pixels wide, and photos need at least "
              + MIN_WIDTH
              + ".");
    }
    if (header.width() > MAX_SIDE || header.height() > MAX_SIDE) {
      boolean wide = header.width() > MAX_SIDE;
      throw new PhotoRejected(
          String.format(
              "This photo is %,d pixels %s; photos may be at most %,d pixels wide and tall.",
              wide ? header.width() : header.height(), wide ? "wide" : "tall", MAX_SIDE));
    }
    long pixels = header.pixels();
    if (pixels > MAX_PIXELS) {
      throw new PhotoRejected(
          "This photo is too large: it has "
              + (pixels + 500_000) / 1_000_000
              + " megapixels, and at most "
              + MAX_PIXELS / 1_000_000
              + " are accepted. Make it smaller and retry.");
    }
    if (header.scans() > MAX_SCANS) {
      throw new PhotoRejected(
          String.format(
              "This JPEG is stored in %,d scans; photos may have at most %d. Export it again as a"
                  + " baseline or standard progressive JPEG and retry.",
              header.scans(), MAX_SCANS));
    }
    if (pixels * header.scans() > MAX_SCAN_WORK) {
      throw new PhotoRejected(
          String.format(
              "This JPEG would take too long to decode: %d megapixels in %d scans. Export it"
                  + " again as a baseline or standard progressive JPEG and retry.",
              (pixels + 500_000) / 1_000_000, header.scans()));
    }
    long rasterBytes = pixels * ((header.bitsPerPixel() + 7) / 8);
    if (rasterBytes > MAX_RASTER_BYTES) {
      throw new PhotoRejected(
          String.format(
              "This image would unpack to %,d MB (%d bits per pixel); at most %,d MB are"
                  + " accepted. Export it with 8 bits per channel and retry.",
              rasterBytes / 1_000_000, header.bitsPerPixel(), MAX_RASTER_BYTES / 1_000_000));
    }
    return header;
  }

  /**
   * The upright pixels of an upload that {@link #inspect} accepted.
   *
   * @throws PhotoRejected when the pixels cannot be decoded completely, or not within the deadline
   */
  BufferedImage decode(byte[] bytes, ImageHeader header) {
    ImageReader reader = readerFor(header.kind());
    // In memory: ImageIO's default stream cache would copy every upload to a temp file first.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
        throw new PhotoRejected(DAMAGED);
      }
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      DecodeDeadline stopper = new DecodeDeadline(cpuNanos, deadline);
      reader.addIIOReadUpdateListener(stopper);
      reader.addIIOReadProgressListener(stopper);
      decodes.incrementAndGet();
      BufferedImage image = reader.read(0);
      // A truncated or corrupt JPEG decodes "successfully" with grey where the data is missing; the
      // decoder only says so in a warning.
      if (warnings.stream().anyMatch(warning -> !HARMLESS_WARNING.matcher(warning).find())) {
        throw new PhotoRejected(DAMAGED);
      }
      int orientation =
          header.kind() == ImageKind.JPEG ? Orientation.of(bytes) : Orientation.NORMAL;
      return Orientation.apply(image, orientation);
    } catch (PhotoRejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof DecodeDeadline.Passed) {
          throw new PhotoRejected(
              "This photo took more than "
                  + deadline.toSeconds()
                  + " seconds to decode and was stopped. Export it again as a baseline JPEG or a"
                  + " smaller image and retry.",
              e);
        }
      }
      // Decoders signal bad input with IIOException, but also with IllegalArgumentException,
      // IndexOutOfBoundsException and friends; to the uploader it is all the same.
      throw new PhotoRejected(DAMAGED, e);
    } finally {
      reader.dispose();
    }
  }

  /** How many decodes of pixels this decoder has started. */
  int decodesStarted() {
    return decodes.get();
  }

  private static ImageReader readerFor(ImageKind kind) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + kind + " on the classpath");
    }
    return readers.next();
  }

  /** The calling thread's CPU time, or the wall clock where the JVM cannot measure it. */
  private static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
