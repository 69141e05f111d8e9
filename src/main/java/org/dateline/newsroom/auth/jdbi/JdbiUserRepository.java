package org.dateline.newsroom.auth.jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.UserRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Users in {@code users}, sessions in {@code sessions}. Every write runs in a transaction, so it
 * takes its turn in the store's write queue (decision 0008).
 */
final class JdbiUserRepository implements UserRepository {
  private static final RowMapper<User> USER =
      (rs, ctx) ->
          new User(
              rs.getLong("id"),
              rs.getString("email"),
              rs.getString("name"),
              Role.ofCode(rs.getString("role")),
              rs.getInt("active") == 1);
  private final Jdbi jdbi;

  JdbiUserRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public java.util.OptionalLong insert(
      String email, String name, Role role, String passwordHash, Instant at) {
    try {
      return java.util.OptionalLong.of(insertRow(email, name, role, passwordHash, at));
    } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
      if (uniqueViolation(e)) {
        return java.util.OptionalLong.empty();
      }
      throw e;
    }
  }

  /** PostgreSQL's 23505 or SQLite's UNIQUE constraint failure, anywhere in the cause chain. */
  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("23505".equals(sql.getSQLState())
              || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed"))) {
        return true;
      }
    }
    return false;
  }

  private long insertRow(String email, String name, Role role, String passwordHash, Instant at) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO users(email, name, role, password_hash, active, created_at, password_changed_at)
                    VALUES (:email, :name, :role, :hash, 1, :at, :at)
                    """)
                .bind("email", email)
                .bind("name", name)
                .bind("role", role.code())
                .bind("hash", passwordHash)
                .bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Optional<User> byEmail(String email) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM users WHERE email = :e")
                .bind("e", email)
                .map(USER)
                .findOne());
  }

  @Override
  public Optional<User> byId(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id).map(USER).findOne());
  }

  @Override
  public Optional<String> passwordHash(long userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public Optional<Instant> passwordChangedAt(long userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT password_changed_at FROM users WHERE id = :id")
                .bind("id", userId)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
  }

  @Override
  public void setPassword(long userId, String passwordHash, Instant at) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    "UPDATE users SET password_hash = :h, password_changed_at = :at WHERE id = :id")
                .bind("h", passwordHash)
                .bind("at", at.toEpochMilli())
                .bind("id", userId)
                .execute());
  }

  @Override
  public void setRole(long userId, Role role) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("UPDATE users SET role = :r WHERE id = :id")
                .bind("r", role.code())
                .bind("id", userId)
                .execute());
  }

  @Override
  public void setActive(long userId, boolean active) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("UPDATE users SET active = :a WHERE id = :id")
                .bind("a", active ? 1 : 0)
                .bind("id", userId)
                .execute());
  }

  @Override
  public void lockAdministrators() {
    jdbi.useTransaction(
        h ->
            h.createUpdate("UPDATE users SET role = role WHERE role = :admin AND active = 1")
                .bind("admin", Role.ADMIN.code())
                .execute());
  }

  @Override
  public List<User> all() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT * FROM users ORDER BY role, name").map(USER).list());
  }

  @Override
  public void insertSession(
      String idHash, long userId, String csrf, Instant at, Instant expiresAt) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO sessions(id_hash, user_id, csrf, created_at, last_seen_at, expires_at)
                    VALUES (:id, :user, :csrf, :at, :at, :exp)
                    """)
                .bind("id", idHash)
                .bind("user", userId)
                .bind("csrf", csrf)
                .bind("at", at.toEpochMilli())
                .bind("exp", expiresAt.toEpochMilli())
                .execute());
  }

  @Override
  public Optional<SessionRow> session(String idHash, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT u.*, s.csrf, s.created_at AS session_created_at, s.expires_at
                    FROM sessions s JOIN users u ON u.id = s.user_id
                    WHERE s.id_hash = :id AND s.expires_at > :now
                    """)
                .bind("id", idHash)
                .bind("now", now.toEpochMilli())
                .map(
                    (rs, ctx) ->
                        new SessionRow(
                            USER.map(rs, ctx),
                            rs.getString("csrf"),
                            Instant.ofEpochMilli(rs.getLong("session_created_at")),
                            Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
  }

  @Override
  public void touchSession(String idHash, Instant now, Instant expiresAt) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    "UPDATE sessions SET last_seen_at = :now, expires_at = :exp WHERE id_hash = :id")
                .bind("now", now.toEpochMilli())
                .bind("exp", expiresAt.toEpochMilli())
                .bind("id", idHash)
                .execute());
  }

  @Override
  public void deleteSession(String idHash) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE id_hash = :id")
                .bind("id", idHash)
                .execute());
  }

  @Override
  public void deleteSessionsEnded(Instant now, Instant begunBefore) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now OR created_at < :begun")
                .bind("now", now.toEpochMilli())
                .bind("begun", begunBefore.toEpochMilli())
                .execute());
  }

  @Override
  public void deleteSessionsOf(long userId) {
    jdbi.useTransaction(
        h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute());
  }
}
