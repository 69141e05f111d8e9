package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A newsroom story as a desk row shows it, read from its row's columns (the headline and section
 * are kept beside the draft at every write) without reading its draft. Of a published story, {@code
 * unchangedLive} is the headline readers have when its stored draft fingerprint equals its public
 * record's (its working copy has no changes not published, decision 0129); otherwise {@code
 * published} is the whole story, which the row compares with what readers have (decision 0109). At
 * most one of the two is present.
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
    Optional<String> unchangedLive,
    Optional<Story> published) {}
