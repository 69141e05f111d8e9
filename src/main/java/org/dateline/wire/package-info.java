/**
 * The wire as subscribers pull it: a story's current or earlier version in a format, and the change
 * log as events after a cursor, filtered by the subscriber, with long-polling. Reads the stored
 * versions ({@code article}) and the change log; renders with {@code distribution}.
 */
@NullMarked
package org.dateline.wire;

import org.jspecify.annotations.NullMarked;
