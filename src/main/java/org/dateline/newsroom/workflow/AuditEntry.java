package org.dateline.newsroom.workflow;

import java.time.Instant;

/** Who did what to a story, when, and from which stage to which ("scheduler" when no one). */
public record AuditEntry(
    long storyId, String who, Action action, Stage from, Stage to, Instant at, String detail) {}
