package org.dateline.web.newsroom;

/** The newsroom needs a signed-in user and there is none (or the session ended). */
public final class SignInRequired extends RuntimeException {
  public SignInRequired() {
    super("Please sign in.");
  }
}
