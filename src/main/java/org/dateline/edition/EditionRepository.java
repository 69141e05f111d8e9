package org.dateline.edition;

import java.util.List;

/** Port: where the editions and the site-wide settings they are shown under are kept. */
public interface EditionRepository {
  /** Every edition, by position then code, with the site-wide settings. */
  List<Edition> all();

  /**
   * Stores the site-wide settings (site name, feed content) of {@code edition}; bumps the version.
   */
  void saveSite(Edition edition);

  /**
   * Stores a new edition; when it is the default, the former default no longer is. In the same
   * transaction: records {@code change} (numbered per edition) and bumps the version.
   */
  void add(Edition edition, EditionChange change);

  /**
   * Stores the edition's fields under its code (the code never changes); when it is the default,
   * the former default no longer is. In the same transaction: records {@code change} and bumps the
   * version.
   */
  void update(Edition edition, EditionChange change);

  /** The latest recorded changes, newest first. */
  List<EditionChange> changes(int limit);

  /** A number that grows with every change of the editions or the site-wide settings. */
  long version();
}
