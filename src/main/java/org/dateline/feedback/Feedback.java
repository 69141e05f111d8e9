package org.dateline.feedback;

import java.time.Instant;

/** A reader's message about a story, with its triage state. */
public record Feedback(
    long id, long articleId, String message, String clientHash, Instant receivedAt, String state) {}
