package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.auth.Role;

/** Port: the notes threads of stories. */
public interface NoteRepository {
  /**
   * Adds a note as the story's next one (numbered 1, 2, ... per story). Call it with the story's
   * row locked ({@link StoryRepository#lock}), so two notes never take the same number.
   */
  void add(long storyId, long authorId, Role role, StoryNote.Kind kind, String text, Instant at);

  /** The story's thread, oldest first. */
  List<StoryNote> of(long storyId);

  /** The newest note that came with a return of the story to its reporter. */
  Optional<StoryNote> lastReturn(long storyId);

  /**
   * The drafts {@code authorId} wrote that an editor returned, with each one's newest return note,
   * newest return first. A draft with a return note is returned: a story becomes a draft again only
   * by a return.
   */
  List<StoryNote.Returned> returnedTo(long authorId, int limit);
}
