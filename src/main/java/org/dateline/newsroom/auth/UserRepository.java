package org.dateline.newsroom.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: users and their sessions. */
public interface UserRepository {
  /**
   * The new account's id; empty when another account took the email first (on PostgreSQL two
   * transactions can both find the address free; the unique index decides).
   */
  java.util.OptionalLong insert(
      String email, String name, Role role, String passwordHash, Instant at);

  Optional<User> byEmail(String email);

  Optional<User> byId(long id);

  Optional<String> passwordHash(long userId);

  /** When the user's password was last set. */
  Optional<Instant> passwordChangedAt(long userId);

  void setPassword(long userId, String passwordHash, Instant at);

  void setRole(long userId, Role role);

  void setActive(long userId, boolean active);

  /**
   * Takes the active administrators' rows for the current transaction (row locks where the database
   * has them), before counting them.
   */
  void lockAdministrators();

  List<User> all();

  void insertSession(String idHash, long userId, String csrf, Instant at, Instant expiresAt);

  /** The session's user and CSRF token, if the session exists and has not expired. */
  Optional<SessionRow> session(String idHash, Instant now);

  void touchSession(String idHash, Instant now, Instant expiresAt);

  void deleteSession(String idHash);

  void deleteSessionsOf(long userId);

  /** Deletes sessions that expired by {@code now} or began before {@code begunBefore}. */
  void deleteSessionsEnded(Instant now, Instant begunBefore);

  record SessionRow(User user, String csrf, Instant createdAt, Instant expiresAt) {}
}
