/** The readership feature's adapter: the {@code article_views} table. */
package org.dateline.readership.jdbi;
