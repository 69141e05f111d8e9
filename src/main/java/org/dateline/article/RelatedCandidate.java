package org.dateline.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A public story that may be shown as related to another: how many topics it shares with it,
 * whether it is in the same section, and when it was first published.
 */
public record RelatedCandidate(
    ArticleId id, int sharedTopics, boolean sameSection, Instant publishedAt) {

  /** Most shared topics first; at equal topics the same section; then the newest. */
  static final Comparator<RelatedCandidate> ORDER =
      Comparator.comparingInt(RelatedCandidate::sharedTopics)
          .reversed()
          .thenComparing(RelatedCandidate::sameSection, Comparator.reverseOrder())
          .thenComparing(RelatedCandidate::publishedAt, Comparator.reverseOrder())
          .thenComparing(c -> c.id().value(), Comparator.reverseOrder());

  /** The ids of the best {@code limit} candidates that share a topic or the section, best first. */
  static List<ArticleId> rank(List<RelatedCandidate> candidates, int limit) {
    return candidates.stream()
        .filter(c -> c.sharedTopics() > 0 || c.sameSection())
        .distinct()
        .sorted(ORDER)
        .limit(limit)
        .map(RelatedCandidate::id)
        .toList();
  }
}
