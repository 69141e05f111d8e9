/** The readership feature's adapter: the {@code article_views} table. */
@NullMarked
package org.dateline.readership.jdbi;

import org.jspecify.annotations.NullMarked;
