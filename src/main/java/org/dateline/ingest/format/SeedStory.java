package org.dateline.ingest.format;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.article.Dateline;

/**
 * A story as the seed's text format carries it: headline, the section label, the local time in the
 * edition's zone, bylines, dateline and body (paragraphs and photo captions).
 */
public record SeedStory(
    String headline,
    String sectionLabel,
    LocalDateTime published,
    List<String> bylines,
    Optional<Dateline> dateline,
    List<Block> body) {}
