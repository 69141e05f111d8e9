/**
 * Users, sessions and sign-in throttling in SQL; {@link org.dateline.newsroom.auth.jdbi.AuthTables}
 * hands out the ports.
 */
package org.dateline.newsroom.auth.jdbi;
