/**
 * The wire's reads in SQL: the translation group of a story and its source ({@code stories} and
 * {@code articles}, read models of their owners). {@link org.dateline.wire.jdbi.WireTables} hands
 * out the port.
 */
@NullMarked
package org.dateline.wire.jdbi;

import org.jspecify.annotations.NullMarked;
