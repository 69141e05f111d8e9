package org.dateline.archfixture;

/** The composition root, as it should be (fixture, allowed): hands the wiring to its builder. */
public final class Wiring {
  private Wiring() {}

  public static Object articles() {
    return StoreParts.articles();
  }
}
