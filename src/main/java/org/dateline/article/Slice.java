package org.dateline.article;

import java.util.List;
import java.util.Optional;

/** One page of a newest-first list, with cursors to the older and newer neighbours. */
public record Slice(List<ArticleSummary> items, Optional<Cursor> older, Optional<Cursor> newer) {}
