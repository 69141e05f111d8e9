package org.dateline.edition;

import java.time.Instant;

/**
 * One change of an edition, as the audit of the editions keeps it (decision 0079): which edition,
 * who (a newsroom user's name, or how the change came: {@code command line}, {@code demo}), when
 * and what ({@code added}, or the fields changed with their old and new values).
 */
public record EditionChange(String code, int n, String by, Instant at, String what) {}
