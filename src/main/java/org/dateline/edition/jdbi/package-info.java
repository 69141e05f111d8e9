/** Edition settings in SQL; {@link org.dateline.edition.jdbi.EditionTables} hands out the port. */
@NullMarked
package org.dateline.edition.jdbi;

import org.jspecify.annotations.NullMarked;
