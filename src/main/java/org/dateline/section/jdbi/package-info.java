/** Sections in SQL; {@link org.dateline.section.jdbi.SectionTables} hands out the port. */
package org.dateline.section.jdbi;
