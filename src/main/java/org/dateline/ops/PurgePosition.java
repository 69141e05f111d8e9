package org.dateline.ops;

import java.util.OptionalLong;

/** The change-log position up to which the CDN has been told to purge (a port; one row). */
public interface PurgePosition {
  /** The stored position, if the follower ever stored one. */
  OptionalLong load();

  /** Stores the position after a purge the CDN acknowledged. */
  void save(long seq);
}
