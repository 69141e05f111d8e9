package org.dateline.newsroom.workflow.jdbi;

import org.dateline.newsroom.workflow.BulkStoryRepository;
import org.dateline.newsroom.workflow.DeskRepository;
import org.dateline.newsroom.workflow.MissingFingerprints;
import org.dateline.newsroom.workflow.NoteRepository;
import org.dateline.newsroom.workflow.StoryRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository port
 * for newsroom stories, their revisions and the audit trail; the implementation stays
 * package-private (decision 0018).
 */
public final class StoryTables {
  private StoryTables() {}

  /** The {@link StoryRepository} over {@code jdbi}. */
  public static StoryRepository repository(Jdbi jdbi) {
    return new JdbiStoryRepository(jdbi);
  }

  /** The {@link DeskRepository} over {@code jdbi}: the desk's lists and counts. */
  public static DeskRepository desk(Jdbi jdbi) {
    return new JdbiDeskListings(jdbi);
  }

  /** The {@link NoteRepository} over {@code jdbi}: the stories' notes threads. */
  public static NoteRepository notes(Jdbi jdbi) {
    return new JdbiStoryNotes(jdbi);
  }

  /** The {@link BulkStoryRepository} over {@code jdbi}: generated stories in batches. */
  public static BulkStoryRepository bulk(Jdbi jdbi) {
    return new JdbiBulkStories(jdbi);
  }

  /** The {@link MissingFingerprints} over {@code jdbi}: the stories without one, and their fill. */
  public static MissingFingerprints missingFingerprints(Jdbi jdbi) {
    return new JdbiMissingFingerprints(jdbi);
  }
}
