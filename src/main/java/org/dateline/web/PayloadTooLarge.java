package org.dateline.web;

/** A request body larger than the route accepts: 413. */
public final class PayloadTooLarge extends RuntimeException {
  public PayloadTooLarge(long limit) {
    super("This request is larger than the site accepts here (at most " + size(limit) + ").");
  }

  private static String size(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
