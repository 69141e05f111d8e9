/**
 * Providers, incoming items, routing rules and the incoming desk in SQL; {@link
 * org.dateline.ingest.jdbi.IngestTables} hands out the ports.
 */
@NullMarked
package org.dateline.ingest.jdbi;

import org.jspecify.annotations.NullMarked;
