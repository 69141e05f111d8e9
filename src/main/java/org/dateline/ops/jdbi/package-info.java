/** Where the CDN purge follower keeps its change-log position (the {@code settings} table). */
@NullMarked
package org.dateline.ops.jdbi;

import org.jspecify.annotations.NullMarked;
