package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.format.IncomingItem;

/**
 * The routing walk, pure: the rules in their order that act on an item of a provider — each that
 * covers the provider and whose filter matches, until one that matches says stop.
 */
public final class Rules {
  private Rules() {}

  /** The rules that act on {@code item}, in order. {@code ordered} is the list as it stands. */
  public static List<Rule> acting(List<Rule> ordered, long providerId, IncomingItem item) {
    List<Rule> acting = new ArrayList<>();
    for (Rule rule : ordered) {
      if (!rule.covers(providerId) || !rule.filter().matches(item)) {
        continue;
      }
      acting.add(rule);
      if (rule.action().stop()) {
        break;
      }
    }
    return acting;
  }
}
