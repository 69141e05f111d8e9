/**
 * The home page picks in SQL; {@link org.dateline.curation.jdbi.CurationTables} hands out the port.
 */
package org.dateline.curation.jdbi;
