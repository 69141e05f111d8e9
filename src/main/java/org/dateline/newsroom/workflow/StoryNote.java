package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Locale;
import org.dateline.newsroom.auth.Role;

/**
 * One note of a story's thread between its reporter and the desk: who wrote it, in which role,
 * when, and whether it came with a return to the reporter.
 */
public record StoryNote(
    long storyId,
    int n,
    long authorId,
    String authorName,
    Role authorRole,
    Kind kind,
    String text,
    Instant at) {

  /** A note written in the thread, or the note an editor gave with a return to the reporter. */
  public enum Kind {
    NOTE,
    RETURN;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /** A story of its reporter's that an editor returned, with the return's note. */
  public record Returned(long storyId, String headline, StoryNote note) {}
}
