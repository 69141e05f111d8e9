package org.dateline.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeLog;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;

/**
 * Rebuilds the index from the store, from scratch, into a new index next to the current one; the
 * site keeps answering from the current one until the new one is complete, then switches to it and
 * catches up from the position the new one records.
 */
public final class Reindex {
  private static final int BATCH = 1000;

  private final Articles articles;
  private final ChangeLog changeLog;
  private final Stories stories;
  private final Supplier<IndexBuild> builds;
  private final Clock clock;

  public Reindex(
      Articles articles,
      ChangeLog changeLog,
      Stories stories,
      Supplier<IndexBuild> builds,
      Clock clock) {
    this.articles = articles;
    this.changeLog = changeLog;
    this.stories = stories;
    this.builds = builds;
    this.clock = clock;
  }

  /** How far a rebuild got: stories indexed of the total, and the rate so far. */
  public record Progress(long done, long total, double perSecond) {}

  /** Hears of progress after every batch. */
  @FunctionalInterface
  public interface Listener {
    void progress(Progress p);
  }

  /** Rebuilds the index; returns the final progress. */
  public Progress run(Listener listener) {
    Instant start = clock.instant();
    // The position is taken before the first story is read: a change made during the rebuild is
    // applied again by the catch-up after the switch (applying a change twice is harmless).
    long seq = changeLog.latestSeq();
    long storiesSince = clock.millis();
    long total = articles.countAll();
    long done = 0;
    Progress progress = new Progress(0, total, 0);
    try (IndexBuild build = builds.get()) {
      long after = 0;
      while (true) {
        List<ArticleId> ids = articles.idsAfter(after, BATCH);
        if (ids.isEmpty()) {
          break;
        }
        for (ArticleId id : ids) {
          articles.find(id).ifPresent(build::add);
        }
        done += ids.size();
        after = ids.get(ids.size() - 1).value();
        progress = new Progress(done, Math.max(total, done), rate(done, start));
        listener.progress(progress);
      }
      long afterStory = 0;
      while (true) {
        List<Story> batch = stories.after(afterStory, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        batch.forEach(s -> build.addDesk(DeskEntry.of(s)));
        afterStory = batch.get(batch.size() - 1).id();
      }
      build.complete(seq, storiesSince);
    }
    return new Progress(done, Math.max(total, done), rate(done, start));
  }

  private double rate(long done, Instant start) {
    long millis = Math.max(1, Duration.between(start, clock.instant()).toMillis());
    return done * 1000.0 / millis;
  }
}
