package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * One item of the incoming desk: provider, guid, version and its time, headline, urgency, language,
 * the edition a rule routed it to, its state on the desk and the notice it carries.
 */
public record DeskItem(
    long id,
    String provider,
    String guid,
    long version,
    Optional<Instant> versionAt,
    String headline,
    int urgency,
    String language,
    String edition,
    IncomingState state,
    String notice,
    Instant updatedAt) {}
