package org.dateline.newsroom.workflow;

import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;

/**
 * A save based on an older version than the stored one: nothing was overwritten. Carries the
 * version the user started from, the current one, and what the user tried to save.
 */
public final class StaleVersion extends RuntimeException {
  private final Revision base;
  private final Revision current;
  private final Draft attempted;

  public StaleVersion(Revision base, Revision current, Draft attempted) {
    super(
        "This story was saved by "
            + current.savedByName()
            + " (version "
            + current.version()
            + ") after you opened version "
            + base.version()
            + ". Your changes were not saved; nothing was overwritten.");
    this.base = base;
    this.current = current;
    this.attempted = attempted;
  }

  public Revision base() {
    return base;
  }

  public Revision current() {
    return current;
  }

  public Draft attempted() {
    return attempted;
  }
}
