package org.dateline.newsroom.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;

/**
 * Facade: fills the newsroom with generated stories for benchmarks of the desk (decision 0091):
 * drafts and submitted stories made from sample drafts, numbered, one every three minutes back from
 * a given time, appended in batches. Never used by the running site. Thread-safe if its repository
 * is.
 */
public final class GeneratedStories {
  static final int BATCH = 1_000;
  private static final Duration APART = Duration.ofMinutes(3);

  private final BulkStoryRepository bulk;
  private final Stories stories;

  public GeneratedStories(BulkStoryRepository bulk, Stories stories) {
    this.bulk = bulk;
    this.stories = stories;
  }

  /**
   * Makes sure the newsroom holds at least {@code count} stories, adding the missing ones by {@code
   * author} (half drafts, half submitted, the samples in turn with their number after the
   * headline); returns how many it added.
   */
  public int ensure(int count, List<Draft> samples, User author, Instant newest) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample to generate newsroom stories from");
    }
    int stored = stories.countsByStage().values().stream().mapToInt(Integer::intValue).sum();
    // stored with their fingerprints, as every other write of a draft (decisions 0129, 0132)
    DraftFingerprints fingerprints = stories.fingerprints();
    String edition = stories.defaultEdition();
    for (int from = stored; from < count; from += BATCH) {
      List<BulkStoryRepository.NewStory> batch = new ArrayList<>(BATCH);
      for (int i = from; i < Math.min(count, from + BATCH); i++) {
        Draft draft = numbered(samples.get(i % samples.size()), i + 1);
        batch.add(
            new BulkStoryRepository.NewStory(
                draft,
                fingerprints.of(draft, edition),
                i % 2 == 0 ? Stage.DRAFT : Stage.SUBMITTED,
                author.id(),
                newest.minus(APART.multipliedBy(i))));
      }
      bulk.insertAll(batch);
    }
    return Math.max(0, count - stored);
  }

  private static Draft numbered(Draft d, int number) {
    return d.withHeadline(d.headline() + " (newsroom " + number + ")");
  }
}
