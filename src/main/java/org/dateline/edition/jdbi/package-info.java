/** Edition settings in SQL; {@link org.dateline.edition.jdbi.EditionTables} hands out the port. */
package org.dateline.edition.jdbi;
