package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * A routing rule: where it stands in the one ordered list, the provider it is for (empty: every
 * provider), its filter and its action. {@code updatedBy} is the newsroom user who last saved it:
 * the drafts it makes are made by them.
 */
public record Rule(
    long id,
    int position,
    String name,
    Optional<Long> providerId,
    RuleFilter filter,
    RuleAction action,
    long updatedBy,
    Instant updatedAt) {

  /** Whether the rule looks at items of this provider. */
  public boolean covers(long provider) {
    return providerId.isEmpty() || providerId.get() == provider;
  }
}
