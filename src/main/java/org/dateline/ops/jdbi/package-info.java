/** Where the CDN purge follower keeps its change-log position (the {@code settings} table). */
package org.dateline.ops.jdbi;
