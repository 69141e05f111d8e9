package org.dateline.edition;

/** Facade: reads and changes the edition's settings. Thread-safe; caches the current value. */
public final class Editions {
  private final EditionRepository repository;
  private volatile Edition current;

  public Editions(EditionRepository repository) {
    this.repository = repository;
  }

  /** The current edition, or the default one when nothing was configured. */
  public Edition current() {
    Edition e = current;
    if (e == null) {
      e = repository.load().orElse(Edition.DEFAULT);
      current = e;
    }
    return e;
  }

  /** Stores new settings. */
  public void change(Edition edition) {
    repository.save(edition);
    current = edition;
  }
}
