package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.AuthFailed;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.SignInOutcome;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in facade answers with an outcome, on a real store: signed in, refused for a wrong
 * password, or refused with a wait when throttled; nothing is thrown for a refusal. It runs on the
 * application as production wires it, so with passwords at production's cost (decision 0092).
 */
class SignInOutcomeIT {
  private static final String CLIENT = "198.51.100.7";
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
  Wiring w;
  User jiwoo;

  @BeforeEach
  void open() {
    w = new Wiring(TestStore.config(data), clock);
    jiwoo = Newsroom.user(w, Role.REPORTER, "Ji-woo Reporter");
  }

  @AfterEach
  void close() {
    w.close();
  }

  private SignInOutcome signIn(String password) {
    return w.users().signIn(new Users.SignInAttempt(jiwoo.email(), password, CLIENT, null, null));
  }

  @Test
  void the_right_password_gives_a_signed_in_browser_with_a_device_cookie() {
    SignInOutcome outcome = signIn(Newsroom.PASSWORD);

    assertThat(outcome).isInstanceOf(Users.SignedIn.class);
    Users.SignedIn signedIn = outcome.orElseThrow();
    assertThat(signedIn.session().user().id()).isEqualTo(jiwoo.id());
    assertThat(signedIn.deviceCookie()).isNotBlank();
  }

  @Test
  void a_wrong_password_is_a_refusal_with_the_generic_message_and_no_wait() {
    SignInOutcome outcome = signIn("not the password");

    assertThat(outcome)
        .isEqualTo(new SignInOutcome.Refused("The email address or password is not right.", 0));
    assertThat(((SignInOutcome.Refused) outcome).throttled()).isFalse();
  }

  @Test
  void an_unknown_account_is_refused_like_a_wrong_password() {
    SignInOutcome outcome =
        w.users()
            .signIn(
                new Users.SignInAttempt(
                    "nobody@newsroom.test", Newsroom.PASSWORD, CLIENT, null, null));

    assertThat(outcome)
        .isEqualTo(new SignInOutcome.Refused("The email address or password is not right.", 0));
  }

  /**
   * The refusal of an unknown account costs one hash at production's cost, as a known account's
   * does, from the first one on (decision 0117: the first one hashed a dummy password too, two
   * hashes). Measured in this thread's CPU time, which other work on the machine does not change.
   */
  @Test
  void an_unknown_accounts_first_refusal_costs_what_a_known_accounts_refusal_does() {
    refusedIn(jiwoo.email(), "203.0.113.1"); // the first hash of the process: the JIT's share
    refusedIn(jiwoo.email(), "203.0.113.2");
    long known = refusedIn(jiwoo.email(), "203.0.113.3");

    long unknown = refusedIn("nobody@newsroom.test", "203.0.113.4");

    assertThat((double) unknown)
        .as(
            "CPU of the refusals: unknown %d ms, known %d ms",
            unknown / 1_000_000, known / 1_000_000)
        .isLessThan(known * 1.5);
  }

  /** This thread's CPU time of a refused, unthrottled sign-in (a client of its own each). */
  private long refusedIn(String email, String client) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadCpuTime();
    SignInOutcome outcome =
        w.users().signIn(new Users.SignInAttempt(email, "a wrong guess", client, null, null));
    long spent = threads.getCurrentThreadCpuTime() - before;
    assertThat(outcome)
        .isEqualTo(new SignInOutcome.Refused("The email address or password is not right.", 0));
    return spent;
  }

  @Test
  void after_too_many_failures_even_the_right_password_is_refused_with_the_seconds_to_wait() {
    int failures = 0;
    SignInOutcome outcome = signIn("guess " + failures);
    while (outcome instanceof SignInOutcome.Refused r && !r.throttled() && failures < 50) {
      failures++;
      outcome = signIn("guess " + failures);
    }
    assertThat(outcome)
        .as("throttled after %d failures", failures)
        .isInstanceOf(SignInOutcome.Refused.class);

    SignInOutcome right = signIn(Newsroom.PASSWORD);

    assertThat(right).isInstanceOf(SignInOutcome.Refused.class);
    SignInOutcome.Refused refused = (SignInOutcome.Refused) right;
    assertThat(refused.throttled()).isTrue();
    assertThat(refused.retryAfterSeconds()).isPositive();
    assertThat(refused.reason()).startsWith("Too many failed sign-ins. Please wait ");
  }

  @Test
  void a_caller_that_wants_a_session_or_an_exception_gets_the_refusal_as_auth_failed() {
    assertThatThrownBy(() -> w.users().login(jiwoo.email(), "not the password", CLIENT))
        .isInstanceOf(AuthFailed.class)
        .hasMessage("The email address or password is not right.");
    assertThat(w.users().login(jiwoo.email(), Newsroom.PASSWORD, CLIENT).user().id())
        .isEqualTo(jiwoo.id());
  }

  @Test
  void the_application_as_production_wires_it_stores_argon2id_hashes_at_19_mib_and_two_passes() {
    String stored =
        w.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                        .bind("id", jiwoo.id())
                        .mapTo(String.class)
                        .one());

    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }
}
