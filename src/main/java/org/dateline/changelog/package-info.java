/**
 * The change log: every publish, update and kill, in order, written in the same transaction as the
 * change. Caches, feeds, the wire and the search index read it.
 */
@NullMarked
package org.dateline.changelog;

import org.jspecify.annotations.NullMarked;
