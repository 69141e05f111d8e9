package org.dateline.newsroom.auth;

import java.time.Instant;

/**
 * A signed-in browser: the user, the CSRF token its forms carry, and when it expires. The token in
 * the cookie is only known to the browser; the store keeps its hash.
 */
public record Session(String token, User user, String csrf, Instant expiresAt) {}
