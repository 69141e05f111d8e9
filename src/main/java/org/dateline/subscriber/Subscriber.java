package org.dateline.subscriber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A subscriber of the wire as stored: its filter (section slugs and edition codes, empty = all),
 * the formats it takes, its webhook, state, rate limit and the visible prefix of its API key.
 *
 * @param startSeq the change-log entry the subscriber was added at: webhooks start after it
 */
public record Subscriber(
    long id,
    String name,
    String contact,
    List<String> sections,
    List<String> editions,
    List<String> formats,
    Optional<String> webhookUrl,
    SubscriberState state,
    Optional<String> pausedReason,
    int ratePerSecond,
    String keyPrefix,
    int keyGeneration,
    long startSeq,
    Instant createdAt) {

  public Subscriber {
    sections = List.copyOf(sections);
    editions = List.copyOf(editions);
    formats = List.copyOf(formats);
  }

  /**
   * Whether a story in this section (slug, "" for none) and edition (its code) is for this
   * subscriber. Edition codes are BCP 47 tags, compared without case.
   */
  public boolean wants(String sectionSlug, String edition) {
    return (sections.isEmpty() || sections.contains(sectionSlug))
        && (editions.isEmpty() || editions.stream().anyMatch(e -> e.equalsIgnoreCase(edition)));
  }

  public boolean takes(String format) {
    return formats.contains(format);
  }

  /** Whether webhooks go out to it now. */
  public boolean receivesWebhooks() {
    return state == SubscriberState.ACTIVE && webhookUrl.isPresent();
  }
}
