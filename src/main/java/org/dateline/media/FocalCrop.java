package org.dateline.media;

/**
 * The largest part of a photo in a given shape whose centre is as close to the focal point as the
 * photo's edges allow: the crop centres on the point, and slides back inside the photo when the
 * point is near an edge. Pure arithmetic on pixel sizes; decision 0072.
 */
public final class FocalCrop {
  private FocalCrop() {}

  /** A rectangle of the photo, in pixels from its top left corner. */
  public record Area(int left, int top, int width, int height) {}

  /**
   * The crop of a {@code width} × {@code height} photo in the shape {@code shapeWidth} : {@code
   * shapeHeight}, around the point at {@code (x, y)} (fractions of the width and height from the
   * top left; values outside 0..1 are taken as the nearest edge).
   */
  public static Area around(
      int width, int height, int shapeWidth, int shapeHeight, double x, double y) {
    if (width <= 0 || height <= 0 || shapeWidth <= 0 || shapeHeight <= 0) {
      throw new IllegalArgumentException("sizes must be positive");
    }
    // As wide as the photo allows: the full width if the shape is taller than the photo, else
    // the full height.
    long cropWidth = Math.min(width, (long) height * shapeWidth / shapeHeight);
    long cropHeight = Math.min(height, Math.round((double) cropWidth * shapeHeight / shapeWidth));
    cropWidth = Math.max(1, cropWidth);
    cropHeight = Math.max(1, cropHeight);
    int left = place(width, (int) cropWidth, x);
    int top = place(height, (int) cropHeight, y);
    return new Area(left, top, (int) cropWidth, (int) cropHeight);
  }

  /** Where a crop of {@code length} starts on a side of {@code size} to centre on {@code at}. */
  private static int place(int size, int length, double at) {
    double point = Double.isNaN(at) ? 0.5 : Math.max(0, Math.min(1, at));
    long start = Math.round(point * size - length / 2.0);
    return (int) Math.max(0, Math.min(size - length, start));
  }
}
