package org.dateline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade of search: finds stories for readers and the newsroom, suggests as one types, finds
 * related stories, and keeps the index following the change log. Any entry for a story means
 * "re-read it": the story's current state in the store decides what the index holds, whatever the
 * entry's action. Thread-safe: searches run in parallel; one catch-up runs at a time.
 */
public final class Search implements AutoCloseable {
  /** How many change-log entries one catch-up step reads and commits at once. */
  static final int BATCH = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(Search.class);

  private final SearchIndex index;
  private final Articles articles;
  private final ChangeLog changeLog;
  private final Stories stories;
  private final StoryTexts texts;
  private final Object following = new Object();
  private final AtomicLong catchUps = new AtomicLong();

  /** Story id → what was applied, within the overlap window. Guarded by {@code following}. */
  private final java.util.Map<Long, DeskEntry> seen = new java.util.HashMap<>();

  private final List<Runnable> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
  private @Nullable ScheduledExecutorService follower;

  public Search(
      SearchIndex index,
      Articles articles,
      ChangeLog changeLog,
      Stories stories,
      StoryTexts texts) {
    this.index = index;
    this.articles = articles;
    this.changeLog = changeLog;
    this.stories = stories;
    this.texts = texts;
  }

  /**
   * How far back each look at the newsroom's stories reaches before the last change it saw: a
   * change committed by another process with an earlier time than one already seen is not missed.
   */
  static final long STORIES_OVERLAP_MILLIS = 2000;

  /** What a search found, and the corrected text it searched instead, if it did. */
  public record Outcome(
      SearchQuery query,
      SearchResults results,
      Optional<String> searchedInstead,
      Optional<String> didYouMean) {}

  /**
   * Searches. When the text finds nothing and a correction of its spelling finds something, the
   * correction is searched instead (and said so); when it finds something, a correction that would
   * find more is offered.
   */
  public Outcome find(SearchQuery query) {
    if (query.text().isEmpty() && !query.filtered()) {
      return new Outcome(query, SearchResults.none(), Optional.empty(), Optional.empty());
    }
    if (query.text().length() > SearchQuery.MAX_LENGTH) {
      throw new IllegalArgumentException("query too long");
    }
    SearchResults results = index.search(query, texts::of);
    String corrected = query.text().isEmpty() ? query.text() : index.correct(query.text());
    if (corrected.equals(query.text())) {
      return new Outcome(query, results, Optional.empty(), Optional.empty());
    }
    SearchResults better = index.search(query.withText(corrected), texts::of);
    if (results.total() == 0 && better.total() > 0) {
      return new Outcome(query, better, Optional.of(corrected), Optional.empty());
    }
    if (better.total() > results.total()) {
      return new Outcome(query, results, Optional.empty(), Optional.of(corrected));
    }
    return new Outcome(query, results, Optional.empty(), Optional.empty());
  }

  /** As-you-type suggestions: public stories' headlines, topics and people. */
  public List<Suggestion> suggest(String prefix, int limit) {
    String p = prefix == null ? "" : prefix.strip();
    if (p.isEmpty() || p.length() > 100) {
      return List.of();
    }
    return index.suggest(p, limit);
  }

  /**
   * The desk's full-text filter: newsroom story ids, newest change first, and public story ids,
   * best match first. The newsroom's own saves are applied first, so a writer finds what she just
   * saved.
   */
  public DeskHits desk(DeskSearch query) {
    if (query.text().isEmpty() || query.text().length() > SearchQuery.MAX_LENGTH) {
      return DeskHits.none();
    }
    onFollower(
        () -> {
          synchronized (following) {
            followStories();
          }
        });
    return index.desk(query);
  }

  /** Up to {@code limit} public stories like this one, best first (decision 0046). */
  public List<ArticleId> related(Article article, int limit) {
    return index.related(article, limit).stream().map(ArticleId::new).toList();
  }

  /** The same for the story with this id; none when there is no such story. */
  public List<ArticleId> related(ArticleId id, int limit) {
    return articles.find(id).map(a -> related(a, limit)).orElse(List.of());
  }

  /** Hears after every change the index applied (a cache of search pages drops them). */
  public void onApplied(Runnable listener) {
    applied.add(listener);
  }

  /** The change-log position the index holds. */
  public long position() {
    return index.position();
  }

  /** How many catch-ups ran (for tests that wait on the follower, not on the clock). */
  public long catchUps() {
    return catchUps.get();
  }

  /**
   * Brings the index up to the change log: switches to a rebuilt index if one is ready, then
   * applies every entry after the index's position, a batch per commit.
   */
  public void catchUp() {
    synchronized (following) {
      try {
        if (index.switchToRebuilt()) {
          applied.forEach(Runnable::run);
        }
        followStories();
        while (true) {
          List<ChangeEntry> entries = changeLog.after(index.position(), BATCH);
          if (entries.isEmpty()) {
            return;
          }
          Set<Long> ids = new LinkedHashSet<>();
          entries.forEach(e -> ids.add(e.articleId()));
          List<Article> current = new ArrayList<>();
          List<Long> removed = new ArrayList<>();
          for (long id : ids) {
            Optional<Article> a = articles.find(new ArticleId(id));
            if (a.isPresent()) {
              current.add(a.get());
            } else {
              removed.add(id);
            }
          }
          index.apply(current, removed, entries.get(entries.size() - 1).seq());
          applied.forEach(Runnable::run);
          if (entries.size() < BATCH) {
            return;
          }
        }
      } finally {
        catchUps.incrementAndGet();
      }
    }
  }

  /** Applies the newsroom stories changed since the last look (drafts have no change log). */
  private void followStories() {
    while (true) {
      long since = index.storiesSince();
      List<Story> changed =
          stories.changedSince(
              java.time.Instant.ofEpochMilli(Math.max(0, since - STORIES_OVERLAP_MILLIS)), BATCH);
      List<DeskEntry> entries = new ArrayList<>();
      long newest = since;
      for (Story s : changed) {
        long at = s.updatedAt().toEpochMilli();
        newest = Math.max(newest, at);
        DeskEntry entry = DeskEntry.of(s);
        // A stage can change within the same millisecond as a save: compare the whole entry.
        if (!entry.equals(seen.get(s.id()))) {
          entries.add(entry);
        }
      }
      if (entries.isEmpty() && newest == since) {
        return;
      }
      index.applyDesk(entries, newest);
      for (DeskEntry e : entries) {
        seen.put(e.storyId(), e);
      }
      long horizon = newest - STORIES_OVERLAP_MILLIS;
      seen.values().removeIf(e -> e.updatedAt().toEpochMilli() < horizon);
      if (changed.size() < BATCH || newest == since) {
        return;
      }
    }
  }

  /**
   * Follows the change log of other processes (and a rebuilt index) every {@code pollMillis}; this
   * process's commits call {@link #changed}.
   */
  public void start(long pollMillis) {
    follower =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "search-follower");
              t.setDaemon(true);
              return t;
            });
    // safeCatchUp logs its own failures, so the periodic task never ends on one.
    var unused =
        follower.scheduleWithFixedDelay(this::safeCatchUp, 0, pollMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Tells the follower that the change log moved in this process: it catches up at once, in the
   * committing thread, so the change is searchable (or gone) when the request that made it answers.
   * A failure is logged, never thrown: the change is stored, and the poller catches up.
   */
  public void changed() {
    onFollower(this::safeCatchUp);
  }

  /**
   * Runs index work on the follower's own thread and waits for it: Lucene's files (its write lock
   * included) are channels that an interrupt of the thread using them closes, and request,
   * scheduler and pool threads do get interrupted. Without a started follower (tests, tools), runs
   * here.
   */
  private void onFollower(Runnable work) {
    ScheduledExecutorService f = follower;
    if (f == null || f.isShutdown()) {
      work.run();
      return;
    }
    java.util.concurrent.Future<?> done;
    try {
      done = f.submit(work);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return; // closing
    }
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      LOG.warn("search index work failed", e.getCause());
    }
  }

  private void safeCatchUp() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      // The store has the change; the next poll tries again.
      LOG.warn("search index catch-up failed", e);
    }
  }

  @Override
  public void close() {
    if (follower != null) {
      // No interrupt: a commit in progress finishes (see onFollower).
      follower.shutdown();
      try {
        follower.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    index.close();
  }
}
