package org.dateline.newsroom.auth;

/**
 * What a sign-in came to: a signed-in browser, or the refusal to show the user. A wrong password,
 * an unknown or inactive account and a throttled attempt are outcomes the sign-in page renders, not
 * exceptions (decision 0066).
 */
public sealed interface SignInOutcome permits Users.SignedIn, SignInOutcome.Refused {

  /** The signed-in browser; throws {@link AuthFailed} with the refusal's message and wait. */
  Users.SignedIn orElseThrow();

  /**
   * A sign-in that did not go through: the message for the user, and when the attempt was not even
   * evaluated because of too many failures, the seconds to wait (otherwise 0).
   */
  record Refused(String reason, long retryAfterSeconds) implements SignInOutcome {
    /** Whether the attempt was throttled rather than checked. */
    public boolean throttled() {
      return retryAfterSeconds > 0;
    }

    @Override
    public Users.SignedIn orElseThrow() {
      throw new AuthFailed(reason, retryAfterSeconds);
    }
  }
}
