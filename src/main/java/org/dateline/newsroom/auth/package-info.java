/**
 * Newsroom accounts, roles and permissions, passwords, sessions and the sign-in throttle (counted
 * in the database before a password is checked; decision 0009). Facade: {@link
 * org.dateline.newsroom.auth.Users}.
 */
@NullMarked
@ReadModel(
    tables = "users",
    readers = "newsroom.workflow",
    why = "a story, its versions and its audit trail name who wrote, edited or acted")
package org.dateline.newsroom.auth;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
