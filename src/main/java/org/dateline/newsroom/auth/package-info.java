/**
 * Newsroom accounts, roles and permissions, passwords and sessions. Facade: {@link
 * org.dateline.newsroom.auth.Users}.
 */
package org.dateline.newsroom.auth;
