/** Reads RSS and Atom feeds from a provider into incoming items. */
@NullMarked
package org.dateline.ingest.format.feed;

import org.jspecify.annotations.NullMarked;
