package org.dateline.media;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadUpdateListener;

/**
 * Stops one decode that runs past its deadline of CPU time. ImageIO's readers call back on the
 * decoding thread for every row or pass (JPEG, PNG) or block row (lossy WebP); past the deadline
 * the callback throws {@link Passed}, which unwinds the decoder at once (the JPEG reader, whose
 * {@code abort()} may not be called from another thread, resets its native state on the way out).
 * The clock is read every few rows, not on each. One per decode; confined to the decoding thread.
 */
final class DecodeDeadline implements IIOReadUpdateListener, IIOReadProgressListener {
  /** Thrown from a reader's callback when the decode is past its deadline. */
  static final class Passed extends RuntimeException {
    Passed() {
      super("decode stopped at its deadline", null, false, false);
    }
  }

  private static final int ROWS_PER_LOOK = 16;

  private final LongSupplier cpuNanos;
  private final long stopAt;
  private int rows;

  DecodeDeadline(LongSupplier cpuNanos, Duration deadline) {
    this.cpuNanos = cpuNanos;
    this.stopAt = cpuNanos.getAsLong() + deadline.toNanos();
  }

  private void look() {
    if (cpuNanos.getAsLong() - stopAt > 0) {
      throw new Passed();
    }
  }

  @Override
  public void imageUpdate(
      ImageReader source,
      BufferedImage image,
      int minX,
      int minY,
      int width,
      int height,
      int periodX,
      int periodY,
      int[] bands) {
    if (++rows % ROWS_PER_LOOK == 0) {
      look();
    }
  }

  @Override
  public void passStarted(
      ImageReader source,
      BufferedImage image,
      int pass,
      int minPass,
      int maxPass,
      int minX,
      int minY,
      int periodX,
      int periodY,
      int[] bands) {
    look();
  }

  @Override
  public void passComplete(ImageReader source, BufferedImage image) {
    look();
  }

  @Override
  public void imageProgress(ImageReader source, float percentageDone) {
    look();
  }

  @Override
  public void imageStarted(ImageReader source, int imageIndex) {
    look();
  }

  @Override
  public void thumbnailPassStarted(
      ImageReader source,
      BufferedImage thumbnail,
      int pass,
      int minPass,
      int maxPass,
      int minX,
      int minY,
      int periodX,
      int periodY,
      int[] bands) {}

  @Override
  public void thumbnailUpdate(
      ImageReader source,
      BufferedImage thumbnail,
      int minX,
      int minY,
      int width,
      int height,
      int periodX,
      int periodY,
      int[] bands) {}

  @Override
  public void thumbnailPassComplete(ImageReader source, BufferedImage thumbnail) {}

  @Override
  public void sequenceStarted(ImageReader source, int minIndex) {}

  @Override
  public void sequenceComplete(ImageReader source) {}

  @Override
  public void imageComplete(ImageReader source) {}

  @Override
  public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

  @Override
  public void thumbnailProgress(ImageReader source, float percentageDone) {}

  @Override
  public void thumbnailComplete(ImageReader source) {}

  @Override
  public void readAborted(ImageReader source) {}
}
