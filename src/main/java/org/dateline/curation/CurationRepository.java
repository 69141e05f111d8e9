package org.dateline.curation;

import java.util.List;

/** Port: where the home page's picks are kept. */
public interface CurationRepository {
  /** The picked article ids, first place first. */
  List<Long> picks();

  /**
   * Replaces the picks with {@code articleIds} in this order and bumps the version; returns the new
   * version.
   */
  long replace(List<Long> articleIds);

  /** A number that grows with every change of the picks, in any process. */
  long version();
}
