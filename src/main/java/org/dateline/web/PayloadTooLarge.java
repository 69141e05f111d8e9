package org.dateline.web;

/** A request body larger than the route accepts: 413. */
public final class PayloadTooLarge extends RuntimeException {
  public PayloadTooLarge() {
    super("This request is larger than the site accepts.");
  }
}
