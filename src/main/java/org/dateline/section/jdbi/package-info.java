/** Sections in SQL; {@link org.dateline.section.jdbi.SectionTables} hands out the port. */
@NullMarked
package org.dateline.section.jdbi;

import org.jspecify.annotations.NullMarked;
