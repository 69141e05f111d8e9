package org.dateline.newsroom.workflow;

/** An action or save that cannot be done now; the message tells the user why. */
public final class WorkflowRefused extends RuntimeException {
  public WorkflowRefused(String message) {
    super(message);
  }
}
