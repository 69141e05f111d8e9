package org.dateline.article;

import java.time.Instant;
import java.util.Optional;

/** A story as a list shows it: headline, summary, section, lead photo and its edition's code. */
public record ArticleSummary(
    ArticleId id,
    String slug,
    String headline,
    String summary,
    Optional<String> sectionName,
    Optional<String> sectionSlug,
    Instant firstPublishedAt,
    Optional<Instant> updatedAt,
    Optional<Block.Photo> leadPhoto,
    String edition) {

  public Cursor cursor() {
    return new Cursor(firstPublishedAt.toEpochMilli(), id.value());
  }
}
