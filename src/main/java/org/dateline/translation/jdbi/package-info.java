/**
 * The translations' notices in SQL; {@link org.dateline.translation.jdbi.TranslationTables} hands
 * out the port.
 */
package org.dateline.translation.jdbi;
