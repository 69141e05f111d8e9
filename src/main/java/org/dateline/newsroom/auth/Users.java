package org.dateline.newsroom.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.shared.Hashes;
import org.dateline.shared.Text;

/**
 * Facade: newsroom accounts and sign-in. Passwords are Argon2id hashes; sessions are random tokens
 * of which only the hash is stored, revoked on logout and password change; failed logins are
 * throttled per account and per client. Thread-safe.
 */
public final class Users {
  public static final int MIN_PASSWORD = 12;
  public static final Duration SESSION_IDLE = Duration.ofHours(12);
  private static final String GENERIC_FAILURE = "The email address or password is not right.";

  private final UserRepository repository;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * Checked against when the account does not exist, so both paths take as long (made on first
   * use).
   */
  private volatile String dummyHash;

  public Users(UserRepository repository, PasswordHasher hasher, Clock clock) {
    this.repository = repository;
    this.hasher = hasher;
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  /** Creates an account; the email must be new and the password at least 12 characters. */
  public User add(String email, String name, Role role, String password) {
    String normalized = normalizeEmail(email);
    if (normalized.length() > 254
        || !normalized.matches(
            "[a-z0-9.!#$%&*+/=?^_`{|}~'-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")) {
      throw new AuthFailed("\"" + email + "\" is not an email address.");
    }
    checkPassword(password);
    if (repository.byEmail(normalized).isPresent()) {
      throw new AuthFailed("There is already an account for " + normalized + ".");
    }
    String display =
        Text.name(name).isEmpty()
            ? normalized.substring(0, normalized.indexOf('@'))
            : Text.name(name);
    long id = repository.insert(normalized, display, role, hasher.hash(password), clock.instant());
    return repository.byId(id).orElseThrow();
  }

  /** A random password of 20 characters, for accounts created without one. */
  public String generatePassword() {
    byte[] bytes = new byte[15];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Signs in and opens a session; throws {@link AuthFailed} with a message for the user. */
  public Session login(String email, String password, String client) {
    String account = normalizeEmail(email);
    long wait = throttle.waitSeconds(account, client == null ? "" : client);
    if (wait > 0) {
      throw new AuthFailed(
          "Too many failed sign-ins. Please wait " + (wait + 59) / 60 + " minute(s) and try again.",
          wait);
    }
    Optional<User> user = repository.byEmail(account);
    String hash = user.flatMap(u -> repository.passwordHash(u.id())).orElseGet(this::dummyHash);
    boolean ok =
        hasher.matches(password == null ? "" : password, hash)
            && user.isPresent()
            && user.get().active();
    if (!ok) {
      throttle.failed(account, client == null ? "" : client);
      throw new AuthFailed(GENERIC_FAILURE);
    }
    throttle.succeeded(account);
    return open(user.get());
  }

  private Session open(User user) {
    String token = token();
    String csrf = token();
    Instant now = clock.instant();
    Instant expires = now.plus(SESSION_IDLE);
    repository.insertSession(Hashes.sha256(token), user.id(), csrf, now, expires);
    return new Session(token, user, csrf, expires);
  }

  /** The live session for a cookie token, its idle time renewed; empty when unknown or expired. */
  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String idHash = Hashes.sha256(token);
    Instant now = clock.instant();
    return repository
        .session(idHash, now)
        .filter(row -> row.user().active())
        .map(
            row -> {
              Instant expires = now.plus(SESSION_IDLE);
              if (Duration.between(now, row.expiresAt()).compareTo(SESSION_IDLE.minusMinutes(5))
                  < 0) {
                repository.touchSession(idHash, now, expires);
              }
              return new Session(token, row.user(), row.csrf(), expires);
            });
  }

  public void logout(String token) {
    if (token != null) {
      repository.deleteSession(Hashes.sha256(token));
    }
  }

  /** Changes a password after checking the current one; every session of the user ends. */
  public void changePassword(User user, String current, String next) {
    String hash = repository.passwordHash(user.id()).orElseThrow();
    if (!hasher.matches(current == null ? "" : current, hash)) {
      throw new AuthFailed("The current password is not right.");
    }
    checkPassword(next);
    repository.setPassword(user.id(), hasher.hash(next), clock.instant());
    repository.deleteSessionsOf(user.id());
  }

  /** Sets a password without the current one (administrators, the command line). */
  public void resetPassword(long userId, String next) {
    checkPassword(next);
    repository.setPassword(userId, hasher.hash(next), clock.instant());
    repository.deleteSessionsOf(userId);
  }

  /** Changes a role; the last active administrator keeps theirs. */
  public synchronized void changeRole(long userId, Role role) {
    if (role != Role.ADMIN) {
      keepOneAdmin(userId);
    }
    repository.setRole(userId, role);
  }

  /**
   * Activates or deactivates an account (deactivating ends its sessions); never the last active
   * administrator.
   */
  public synchronized void setActive(long userId, boolean active) {
    if (!active) {
      keepOneAdmin(userId);
    }
    repository.setActive(userId, active);
    if (!active) {
      repository.deleteSessionsOf(userId);
    }
  }

  public List<User> all() {
    return repository.all();
  }

  public Optional<User> byId(long id) {
    return repository.byId(id);
  }

  public Optional<User> byEmail(String email) {
    return repository.byEmail(normalizeEmail(email));
  }

  private void keepOneAdmin(long leaving) {
    boolean leavingIsAdmin =
        repository.byId(leaving).map(u -> u.active() && u.role() == Role.ADMIN).orElse(false);
    long admins =
        repository.all().stream().filter(u -> u.active() && u.role() == Role.ADMIN).count();
    if (leavingIsAdmin && admins <= 1) {
      throw new AuthFailed(
          "This is the last active administrator; make someone else an administrator first.");
    }
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) {
      h = hasher.hash("not a real password, only for timing");
      dummyHash = h;
    }
    return h;
  }

  private static void checkPassword(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new AuthFailed("A password needs at least " + MIN_PASSWORD + " characters.");
    }
    if (password.length() > 1000) {
      throw new AuthFailed("A password may have at most 1,000 characters.");
    }
  }

  private static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
