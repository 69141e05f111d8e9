package org.dateline.newsroom.workflow;

/** The user's role does not allow this on this story. */
public final class NotAllowed extends RuntimeException {
  public NotAllowed(String message) {
    super(message);
  }
}
