package org.dateline.delivery;

import java.util.Locale;

/** Where one event stands for one subscriber. */
public enum DeliveryState {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Given up: a 4xx other than 408/429, or too many attempts. Redelivery can revive it. */
  FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryState ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
