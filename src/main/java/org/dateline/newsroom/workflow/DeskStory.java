package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A newsroom story as a desk row shows it, read from its row's columns (the headline and section
 * are kept beside the draft at every write) without reading its draft; {@code published} is the
 * whole story when it is published, which the row compares with what readers have (decision 0109).
 */
public record DeskStory(
    long id,
    Optional<Long> articleId,
    Stage stage,
    String headline,
    String section,
    long createdBy,
    String createdByName,
    Instant updatedAt,
    String edition,
    Optional<Story> published) {}
