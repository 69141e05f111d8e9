package org.dateline.newsroom.workflow;

/**
 * An action or save that cannot be done now; the message tells the user why, and {@link #field}
 * names the form field it is about ({@code note}, {@code at}), or is empty.
 */
public final class WorkflowRefused extends RuntimeException {
  private final String field;

  public WorkflowRefused(String message) {
    this(message, "");
  }

  public WorkflowRefused(String message, String field) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
