package org.dateline.edition;

import java.util.List;

/** Port: where the editions and the site-wide settings they are shown under are kept. */
public interface EditionRepository {
  /** Every edition, by position then code, with the site-wide settings. */
  List<Edition> all();

  /** Stores the site-wide settings (site name, feed content) of {@code edition}. */
  void saveSite(Edition edition);

  /** Stores a new edition; when it is the default, the former default no longer is. */
  void add(Edition edition);

  /**
   * Stores the edition's fields under its code (the code never changes); when it is the default,
   * the former default no longer is.
   */
  void update(Edition edition);
}
