package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.auth.User;
import org.dateline.shared.Text;
import org.dateline.storage.Transactions;

/**
 * Facade: the notes thread of each story between its reporter and the desk (decision 0073). Who may
 * read a story may read and write its notes: its reporter and every editor and administrator;
 * another reporter neither. A return to the reporter is a note too, shown on top of the reporter's
 * editor and dashboard while the story is a draft again. Thread-safe.
 */
public final class StoryNotes {
  /** Longest note, in characters. */
  public static final int MAX_TEXT = 2000;

  private final NoteRepository notes;
  private final StoryRepository storyRows;
  private final Stories stories;
  private final Transactions tx;
  private final Clock clock;

  public StoryNotes(
      NoteRepository notes,
      StoryRepository storyRows,
      Stories stories,
      Transactions tx,
      Clock clock) {
    this.notes = notes;
    this.storyRows = storyRows;
    this.stories = stories;
    this.tx = tx;
    this.clock = clock;
  }

  /** The story's thread, oldest first, if this user may see the story. */
  public List<StoryNote> thread(long storyId, User user) {
    stories.get(storyId, user);
    return notes.of(storyId);
  }

  /**
   * Adds a note to the story's thread. Refused ({@link WorkflowRefused} about the field {@code
   * text}) when it is empty or too long; {@link NotAllowed} for a reporter's note on another's
   * story.
   */
  public void add(long storyId, User user, String text) {
    String clean = Text.lines(text == null ? "" : text);
    refusal(clean)
        .ifPresent(
            why -> {
              throw new WorkflowRefused(why, "text");
            });
    tx.inTransaction(
        () -> {
          if (!storyRows.lock(storyId)) {
            throw new StoryNotFound();
          }
          stories.get(storyId, user);
          notes.add(storyId, user.id(), user.role(), StoryNote.Kind.NOTE, clean, clock.instant());
          return null;
        });
  }

  /** Why a note cannot be added as typed, or empty when it can. */
  public static Optional<String> refusal(String text) {
    String clean = Text.lines(text == null ? "" : text);
    if (clean.isEmpty()) {
      return Optional.of("Write the note first.");
    }
    if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
      return Optional.of("A note may have at most " + MAX_TEXT + " characters.");
    }
    return Optional.empty();
  }

  /**
   * The note of the return that made the story a draft again, while it is one: what its reporter
   * sees on top of the editor. Empty for any other story.
   */
  public Optional<StoryNote> returnNote(Story story) {
    return story.stage() == Stage.DRAFT ? notes.lastReturn(story.id()) : Optional.empty();
  }

  /** The user's own stories returned to them, newest return first. */
  public List<StoryNote.Returned> returnedTo(User user, int limit) {
    return notes.returnedTo(user.id(), limit);
  }

  /** Records a return in the thread, in the workflow's transaction (the note may be empty). */
  void recordReturn(long storyId, User editor, String note, Instant at) {
    notes.add(storyId, editor.id(), editor.role(), StoryNote.Kind.RETURN, note, at);
  }
}
