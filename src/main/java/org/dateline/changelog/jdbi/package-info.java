/**
 * The change log in SQL; {@link org.dateline.changelog.jdbi.ChangeLogTables} hands out the port.
 */
@NullMarked
package org.dateline.changelog.jdbi;

import org.jspecify.annotations.NullMarked;
