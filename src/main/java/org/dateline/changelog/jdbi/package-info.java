/**
 * The change log in SQL; {@link org.dateline.changelog.jdbi.ChangeLogTables} hands out the port.
 */
package org.dateline.changelog.jdbi;
