/** Ingest of stories from other sources: where bytes come from, and the format parsers. */
@NullMarked
package org.dateline.ingest;

import org.jspecify.annotations.NullMarked;
