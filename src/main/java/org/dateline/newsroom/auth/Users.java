package org.dateline.newsroom.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.shared.Text;
import org.dateline.storage.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * Facade: newsroom accounts and sign-in. Passwords are Argon2id hashes; sessions are random tokens
 * of which only the hash is stored, ending after 30 idle minutes or 12 hours in all, on logout, on
 * a password change and when the browser signs in again; password guesses (sign-in and the
 * password-change form) are counted before they are checked and slowed down exponentially, except
 * from browsers that signed in to the account before (decision 0009). Thread-safe.
 */
public final class Users {
  public static final int MIN_PASSWORD = 12;

  /** A session ends after this long without a request (OWASP ASVS 3.3.2, level 2). */
  public static final Duration SESSION_IDLE = Sessions.IDLE;

  /** A session ends this long after sign-in, however busy (OWASP ASVS 3.3.2, level 2). */
  public static final Duration SESSION_ABSOLUTE = Sessions.ABSOLUTE;

  /** How long a browser that signed in stays a known device for the sign-in throttle. */
  public static final Duration DEVICE_LIFETIME = DeviceCookies.LIFETIME;

  /**
   * A sign-in as it arrived: the client's address, and the device and session cookies the browser
   * sent (either may be null).
   */
  public record SignInAttempt(
      String email,
      String password,
      String client,
      @Nullable String deviceCookie,
      @Nullable String oldSession) {}

  /** A signed-in browser, and the device cookie that makes it a known device next time. */
  public record SignedIn(Session session, String deviceCookie) implements SignInOutcome {
    @Override
    public SignedIn orElseThrow() {
      return this;
    }
  }

  private final UserRepository repository;
  private final PasswordHasher hasher;
  private final Sessions sessions;
  private final SignIns signIns;
  private final Transactions tx;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Users(
      UserRepository repository,
      ThrottleRepository throttleRepository,
      PasswordHasher hasher,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.hasher = hasher;
    this.tx = tx;
    this.clock = clock;
    this.sessions = new Sessions(repository, clock);
    this.signIns =
        new SignIns(
            repository,
            hasher,
            sessions,
            new SignInThrottle(throttleRepository, tx, clock),
            throttleRepository,
            clock);
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
    String taken = "There is already an account for " + normalized + ".";
    if (repository.byEmail(normalized).isPresent()) {
      throw new AuthFailed(taken);
    }
    String display =
        Text.name(name).isEmpty()
            ? normalized.substring(0, normalized.indexOf('@'))
            : Text.name(name);
    String hash = hasher.hash(password); // slow: outside the transaction
    // Checked again where it counts: someone may have added the address while the hash was made.
    long id =
        tx.inTransaction(
            () -> {
              if (repository.byEmail(normalized).isPresent()) {
                throw new AuthFailed(taken);
              }
              return repository
                  .insert(normalized, display, role, hash, clock.instant())
                  .orElseThrow(() -> new AuthFailed(taken));
            });
    return repository.byId(id).orElseThrow();
  }

  /** A random password of 20 characters, for accounts created without one. */
  public String generatePassword() {
    byte[] bytes = new byte[15];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Signs in from a client without cookies (the command line, tests); see {@link #signIn}. Throws
   * {@link AuthFailed} with the refusal's message.
   */
  public Session login(String email, String password, String client) {
    return signIn(new SignInAttempt(email, password, client, null, null)).orElseThrow().session();
  }

  /**
   * Signs in and opens a session, ending the one the browser had; or refuses with a message for the
   * user (with the seconds to wait when the attempt was not even evaluated). The attempt is counted
   * before the password is checked.
   */
  public SignInOutcome signIn(SignInAttempt attempt) {
    return signIns.signIn(attempt);
  }

  /**
   * The live session for a cookie token, its idle time renewed up to its absolute end; empty when
   * unknown, idle too long or past its absolute lifetime.
   */
  public Optional<Session> session(String token) {
    return sessions.find(token);
  }

  public void logout(String token) {
    sessions.end(token);
  }

  /**
   * Changes a password after checking the current one; every session of the user ends. The check is
   * throttled like a sign-in (counted first, then slowed down), so a borrowed session cannot be
   * used to guess the password.
   */
  public void changePassword(User user, String current, String next) {
    signIns.checkCurrentPassword(user, current);
    checkPassword(next);
    repository.setPassword(user.id(), hasher.hash(next), clock.instant());
    sessions.endAllOf(user.id());
  }

  /** Sets a password without the current one (administrators, the command line). */
  public void resetPassword(long userId, String next) {
    checkPassword(next);
    repository.setPassword(userId, hasher.hash(next), clock.instant());
    sessions.endAllOf(userId);
  }

  /** Changes a role; the last active administrator keeps theirs. */
  public void changeRole(long userId, Role role) {
    tx.inTransaction(
        () -> {
          if (role != Role.ADMIN) {
            keepOneAdmin(userId);
          }
          repository.setRole(userId, role);
          return null;
        });
  }

  /**
   * Activates or deactivates an account (deactivating ends its sessions); never the last active
   * administrator.
   */
  public void setActive(long userId, boolean active) {
    tx.inTransaction(
        () -> {
          if (!active) {
            keepOneAdmin(userId);
          }
          repository.setActive(userId, active);
          if (!active) {
            sessions.endAllOf(userId);
          }
          return null;
        });
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

  /**
   * Refuses to let the last active administrator go. Runs in the caller's transaction, after
   * locking the administrators' rows, so two admins demoting each other at once (also from two
   * processes) cannot both pass.
   */
  private void keepOneAdmin(long leaving) {
    repository.lockAdministrators();
    boolean leavingIsAdmin =
        repository.byId(leaving).map(u -> u.active() && u.role() == Role.ADMIN).orElse(false);
    long admins =
        repository.all().stream().filter(u -> u.active() && u.role() == Role.ADMIN).count();
    if (leavingIsAdmin && admins <= 1) {
      throw new AuthFailed(
          "This is the last active administrator; make someone else an administrator first.");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new AuthFailed("A password needs at least " + MIN_PASSWORD + " characters.");
    }
    if (password.length() > 1000) {
      throw new AuthFailed("A password may have at most 1,000 characters.");
    }
  }

  static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
