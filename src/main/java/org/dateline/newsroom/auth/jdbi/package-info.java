/**
 * Users, sessions and sign-in throttling in SQL; {@link org.dateline.newsroom.auth.jdbi.AuthTables}
 * hands out the ports.
 */
@NullMarked
package org.dateline.newsroom.auth.jdbi;

import org.jspecify.annotations.NullMarked;
