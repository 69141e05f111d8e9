package org.dateline.newsroom.workflow;

/** No story (or public article, when opening one) has this id. */
public final class StoryNotFound extends RuntimeException {
  public StoryNotFound() {
    super("No such story.");
  }
}
