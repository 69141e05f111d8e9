package org.dateline.newsroom.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checking a password against the throttle, for {@link Users}: a sign-in (counted first, then
 * checked, slowed down exponentially except from a known device, the same time spent on an unknown
 * account) and the current password of a password change (decision 0009). Thread-safe: the counts
 * live in the store; the device key is read once.
 */
final class SignIns {
  private static final String GENERIC_FAILURE = "The email address or password is not right.";

  private final UserRepository repository;
  private final PasswordHasher hasher;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  private final ThrottleRepository throttleRepository;
  private final DeviceCookies devices = new DeviceCookies();
  private final Clock clock;
  private volatile @Nullable String deviceKey;

  /**
   * Checked against when the account does not exist, so both paths take one hash (decision 0117:
   * made without hashing, where it was hashed at the first unknown account, whose refusal then took
   * two).
   */
  private final String dummyHash;

  SignIns(
      UserRepository repository,
      PasswordHasher hasher,
      Sessions sessions,
      SignInThrottle throttle,
      ThrottleRepository throttleRepository,
      Clock clock) {
    this.repository = repository;
    this.hasher = hasher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.throttleRepository = throttleRepository;
    this.clock = clock;
    this.dummyHash = hasher.unmatchable();
  }

  /** See {@link Users#signIn}. */
  SignInOutcome signIn(Users.SignInAttempt attempt) {
    String account = Users.normalizeEmail(attempt.email());
    String client = attempt.client() == null ? "" : attempt.client();
    Optional<User> user = repository.byEmail(account);
    Instant now = clock.instant();
    List<SignInThrottle.Bucket> buckets =
        user.flatMap(u -> knownDevice(attempt.deviceCookie(), u, now))
            .map(SignInThrottle::knownDevice)
            .orElseGet(() -> SignInThrottle.unknownClient(account, client));
    long wait = throttle.claim(buckets);
    if (wait > 0) {
      return new SignInOutcome.Refused(
          "Too many failed sign-ins. Please wait "
              + SignInThrottle.describe(wait)
              + " and try again.",
          wait);
    }
    String hash = user.flatMap(u -> repository.passwordHash(u.id())).orElse(dummyHash);
    boolean ok =
        hasher.matches(attempt.password() == null ? "" : attempt.password(), hash)
            && user.isPresent()
            && user.get().active();
    if (!ok) {
      return new SignInOutcome.Refused(GENERIC_FAILURE, 0);
    }
    throttle.succeeded(buckets);
    sessions.end(attempt.oldSession());
    return new Users.SignedIn(
        sessions.open(user.get()), devices.issue(user.get().id(), now, deviceKey()));
  }

  /**
   * Refuses a wrong current password, throttled like a sign-in (counted first, then slowed down),
   * so a borrowed session cannot be used to guess the password.
   */
  void checkCurrentPassword(User user, @Nullable String current) {
    List<SignInThrottle.Bucket> buckets = SignInThrottle.passwordCheck(user.id());
    long wait = throttle.claim(buckets);
    if (wait > 0) {
      throw new AuthFailed(
          "Too many wrong passwords. Please wait "
              + SignInThrottle.describe(wait)
              + " and try again.",
          wait);
    }
    String hash = repository.passwordHash(user.id()).orElseThrow();
    if (!hasher.matches(current == null ? "" : current, hash)) {
      throw new AuthFailed("The current password is not right.");
    }
    throttle.succeeded(buckets);
  }

  private Optional<String> knownDevice(@Nullable String cookie, User user, Instant now) {
    if (cookie == null || cookie.isEmpty()) {
      return Optional.empty();
    }
    Instant passwordSet = repository.passwordChangedAt(user.id()).orElse(now);
    return devices.deviceOf(cookie, user.id(), passwordSet, now, deviceKey());
  }

  private String deviceKey() {
    String k = deviceKey;
    if (k == null) {
      k = throttleRepository.deviceKey();
      deviceKey = k;
    }
    return k;
  }
}
