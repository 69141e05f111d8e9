package org.dateline.subscriber;

/** A subscriber change that is refused, with a message for the admin. */
public final class SubscriberRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SubscriberRefused(String message) {
    super(message);
  }
}
