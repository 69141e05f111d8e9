/**
 * The home page picks in SQL; {@link org.dateline.curation.jdbi.CurationTables} hands out the port.
 */
@NullMarked
package org.dateline.curation.jdbi;

import org.jspecify.annotations.NullMarked;
