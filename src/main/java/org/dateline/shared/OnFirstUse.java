package org.dateline.shared;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on its first use, once, then kept: for what a start need not pay for (an HTTP client
 * loads TLS and starts a selector thread; most servers never fetch a feed or send a webhook,
 * decision 0095). Thread-safe: of concurrent first uses, one makes the value and all get it.
 */
public final class OnFirstUse<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile @Nullable T value;

  private OnFirstUse(Supplier<T> make) {
    this.make = make;
  }

  public static <T> OnFirstUse<T> of(Supplier<T> make) {
    return new OnFirstUse<>(make);
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = make.get();
          value = made;
        }
      }
    }
    return made;
  }

  /** Whether the value was made (tests check that a start makes none). */
  public boolean made() {
    return value != null;
  }
}
