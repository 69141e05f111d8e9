package org.dateline.article;

import java.util.List;
import java.util.Optional;

/** How many stories of a section (or of none) were first published in each interval. */
public record PublishedCounts(Optional<String> section, List<Long> perInterval) {
  public PublishedCounts {
    perInterval = List.copyOf(perInterval);
  }
}
