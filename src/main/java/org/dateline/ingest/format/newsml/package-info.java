/** Reads IPTC NewsML-G2 news items from a provider into incoming items. */
@NullMarked
package org.dateline.ingest.format.newsml;

import org.jspecify.annotations.NullMarked;
