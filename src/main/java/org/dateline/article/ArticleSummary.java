package org.dateline.article;

import java.time.Instant;
import java.util.Optional;

/** A story as a list shows it: headline, summary, section and lead photo. */
public record ArticleSummary(
    ArticleId id,
    String slug,
    String headline,
    String summary,
    Optional<String> sectionName,
    Optional<String> sectionSlug,
    Instant firstPublishedAt,
    Optional<Instant> updatedAt,
    Optional<Block.Photo> leadPhoto) {

  public Cursor cursor() {
    return new Cursor(firstPublishedAt.toEpochMilli(), id.value());
  }
}
