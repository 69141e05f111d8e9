package org.dateline.ingest;

import java.time.Instant;

/** One line of the incoming list: provider, guid, version, headline, state and when. */
public record IncomingRow(
    String provider,
    String guid,
    long version,
    String headline,
    int urgency,
    IncomingState state,
    String notice,
    Instant updatedAt) {}
