package org.dateline.newsroom.editor;

import java.time.Instant;

/** One saved version of a story: kept forever, viewable, restorable. */
public record Revision(
    long storyId,
    int version,
    Draft draft,
    long savedBy,
    String savedByName,
    Instant savedAt,
    String note) {}
