package org.dateline.archfixture.web;

import java.util.OptionalInt;

/** Keeps "handlers use no try/catch for flow": the one reader of typed values may catch. */
final class Params {
  private Params() {}

  static OptionalInt number(String text) {
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
