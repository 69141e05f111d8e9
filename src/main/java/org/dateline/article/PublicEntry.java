package org.dateline.article;

import java.time.Instant;

/**
 * A public story as a directory lists it (sitemaps, the news sitemap): its address, headline,
 * language, edition (its code: where its canonical address is), first publication and last change.
 */
public record PublicEntry(
    ArticleId id,
    String slug,
    String headline,
    String language,
    String edition,
    Instant firstPublishedAt,
    Instant lastChanged) {}
