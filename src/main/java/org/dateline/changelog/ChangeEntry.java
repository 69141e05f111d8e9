package org.dateline.changelog;

import java.time.Instant;

/** One entry of the change log: sequence number, story, action, the story's version, time. */
public record ChangeEntry(long seq, long articleId, ChangeAction action, int version, Instant at) {}
