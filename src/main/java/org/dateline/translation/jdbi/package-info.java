/**
 * The translations' notices in SQL; {@link org.dateline.translation.jdbi.TranslationTables} hands
 * out the port.
 */
@NullMarked
package org.dateline.translation.jdbi;

import org.jspecify.annotations.NullMarked;
