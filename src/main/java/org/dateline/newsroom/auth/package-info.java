/**
 * Newsroom accounts, roles and permissions, passwords, sessions and the sign-in throttle (counted
 * in the database before a password is checked; decision 0009). Facade: {@link
 * org.dateline.newsroom.auth.Users}.
 */
package org.dateline.newsroom.auth;
