package org.dateline.newsroom.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.dateline.shared.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * Server-side sessions: a random 256-bit token in the browser, only its SHA-256 in the store, a
 * CSRF token each. A session ends after {@link #IDLE} without a request and {@link #ABSOLUTE} after
 * sign-in however busy (OWASP ASVS 3.3.2, level 2; decision 0009). Thread-safe.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration ABSOLUTE = Duration.ofHours(12);

  /** How far a request must move a session's end before it is written down. */
  private static final Duration TOUCH_STEP = Duration.ofMinutes(1);

  private final UserRepository repository;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Sessions(UserRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Opens a session for the user (and clears out sessions that have ended meanwhile). */
  Session open(User user) {
    String token = token();
    String csrf = token();
    Instant now = clock.instant();
    repository.deleteSessionsEnded(now, now.minus(ABSOLUTE));
    Instant expires = now.plus(IDLE);
    repository.insertSession(Hashes.sha256(token), user.id(), csrf, now, expires);
    return new Session(token, user, csrf, expires);
  }

  /** The live session for a cookie token, its idle end moved on up to its absolute end. */
  Optional<Session> find(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String idHash = Hashes.sha256(token);
    Instant now = clock.instant();
    return repository
        .session(idHash, now)
        .filter(row -> row.user().active())
        .filter(row -> now.isBefore(row.createdAt().plus(ABSOLUTE)))
        .map(
            row -> {
              Instant end = row.createdAt().plus(ABSOLUTE);
              Instant idleEnd = now.plus(IDLE);
              Instant expires = idleEnd.isBefore(end) ? idleEnd : end;
              if (Duration.between(row.expiresAt(), expires).compareTo(TOUCH_STEP) >= 0) {
                repository.touchSession(idHash, now, expires);
              } else {
                expires = row.expiresAt();
              }
              return new Session(token, row.user(), row.csrf(), expires);
            });
  }

  /** Ends the session of this cookie token, if there is one. */
  void end(@Nullable String token) {
    if (token != null && !token.isEmpty()) {
      repository.deleteSession(Hashes.sha256(token));
    }
  }

  void endAllOf(long userId) {
    repository.deleteSessionsOf(userId);
  }

  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
