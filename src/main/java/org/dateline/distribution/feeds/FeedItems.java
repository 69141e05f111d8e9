package org.dateline.distribution.feeds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.dateline.distribution.WireItem;

/** What every feed writer does first. Stateless. */
final class FeedItems {
  private FeedItems() {}

  /**
   * The items a public feed may show, in the order given: usable ones only. An embargoed (withheld)
   * or killed (canceled) story is left out even if a caller passes it.
   */
  static List<WireItem> publicOnly(List<WireItem> items) {
    return items.stream().filter(WireItem::isUsable).toList();
  }

  /**
   * When the feed last changed: the newest version among its items; the epoch for an empty feed, so
   * that the output depends on the items alone.
   */
  static Instant updated(List<WireItem> items) {
    return items.stream()
        .map(WireItem::versionCreated)
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }
}
