/** Reads IPTC ninjs (JSON) items from a provider into incoming items. */
@NullMarked
package org.dateline.ingest.format.ninjs;

import org.jspecify.annotations.NullMarked;
