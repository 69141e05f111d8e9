package org.dateline.newsroom.auth;

/** A login or account change that did not go through; the message is for the user. */
public final class AuthFailed extends RuntimeException {
  private final long retryAfterSeconds;

  public AuthFailed(String message) {
    this(message, 0);
  }

  public AuthFailed(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** When throttled: seconds to wait; otherwise 0. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
