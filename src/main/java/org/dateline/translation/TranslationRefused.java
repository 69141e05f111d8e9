package org.dateline.translation;

/** A translation that cannot be made as asked (the edition is the story's own, or taken). */
public final class TranslationRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TranslationRefused(String message) {
    super(message);
  }
}
