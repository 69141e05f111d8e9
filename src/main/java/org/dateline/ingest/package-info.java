/** Ingest of stories from other sources: where bytes come from, and the format parsers. */
package org.dateline.ingest;
