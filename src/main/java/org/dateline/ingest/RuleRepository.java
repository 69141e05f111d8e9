package org.dateline.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the routing rules in their order, and what each matched. */
public interface RuleRepository {
  /** Every rule, in order (position, then id). */
  List<Rule> ordered();

  Optional<Rule> find(long id);

  /** Adds a rule at the end of the list; its id. */
  long insert(Rule rule);

  /** Replaces a rule's filter and action (not its position); false when there is none. */
  boolean update(Rule rule);

  /** Deletes a rule and its matches; false when there is none. */
  boolean delete(long id);

  /** Gives every rule its position: {@code ids} in their new order. */
  void reorder(List<Long> ids);

  /**
   * Claims (rule, item, version) for one action: true for the first claim, false when the version
   * was acted on already (by this process or a concurrent one: the unique key decides).
   */
  boolean claim(long ruleId, long itemId, String version, Instant at);

  /** Says what the claimed action did. */
  void outcome(long ruleId, long itemId, String version, String outcome);

  /** The rule's newest matches, newest first. */
  List<RuleMatch> recent(long ruleId, int limit);

  /** One thing a rule matched: the item's headline, its provider, when, and what the rule did. */
  record RuleMatch(long itemId, String provider, String headline, Instant at, String outcome) {}
}
