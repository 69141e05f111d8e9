package org.dateline.wire;

/**
 * A wire request that is refused for what it asks: a stable code (see docs/WIRE.md) and a message
 * that keeps what the subscriber sent.
 */
public final class WireRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public WireRefused(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
