/**
 * The wire as subscribers pull it: a story's current or earlier version in a format, and the change
 * log as events after a cursor, filtered by the subscriber (sections, editions), with long-polling.
 * Reads the stored versions ({@code article}), the change log and, in {@code jdbi/}, each story's
 * translation group and source (decision 0078); renders with {@code distribution}.
 */
@NullMarked
package org.dateline.wire;

import org.jspecify.annotations.NullMarked;
