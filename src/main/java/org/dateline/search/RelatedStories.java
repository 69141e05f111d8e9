package org.dateline.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Related stories computed once per story and kept in the store (decision 0102). A story's list is
 * computed from the index when the follower applies a change of it, off the request thread, and the
 * lists of the stories it names are computed again so they can name it (a newer story reaches older
 * lists); a story without a list (an old store, a lagging index, a large import) has it computed at
 * its first view and kept then. Lists are the index's best {@value #KEPT}, unfiltered: the page
 * keeps only what is public when it reads them. The keeper gathers the changes of {@value
 * #GATHER_MILLIS} ms and computes each list they make due once (decision 0121). Thread-safe: the
 * kept lists are in the store; one keeper thread refreshes them.
 */
final class RelatedStories implements AutoCloseable {
  /** How many related stories a kept list holds: twice what a page shows, for what it filters. */
  static final int KEPT = 10;

  /** Of a refreshed list, how many of its stories have their own lists refreshed in turn. */
  static final int NEIGHBOURS = 5;

  /**
   * Changed stories one follower step refreshes at most; a larger step (an import, an index
   * catching up) drops their lists instead, each computed again at its story's first view.
   */
  static final int REFRESHED = 200;

  /** Stories waiting for the keeper at most; past it, further changes drop their lists instead. */
  static final int WAITING = 1000;

  /**
   * How long the keeper gathers changes before it computes the lists they make due (decision 0121):
   * a publish is answered, its story shown on the lists and its editor's next page served before
   * the keeper's queries compete with them for the processor, and the changes of a busy moment
   * share their neighbours' lists (a story named by three new ones is computed once).
   */
  static final long GATHER_MILLIS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(RelatedStories.class);

  private final SearchIndex index;
  private final Articles articles;
  private final RelatedLists lists;
  private final DueLists due = new DueLists(WAITING);
  private @Nullable ScheduledExecutorService keeper;

  RelatedStories(SearchIndex index, Articles articles, RelatedLists lists) {
    this.index = index;
    this.articles = articles;
    this.lists = lists;
  }

  /** Refreshes lists on a thread of their own from now on (before, changes drop their lists). */
  void start() {
    ScheduledThreadPoolExecutor k =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "related-keeper");
              t.setDaemon(true);
              return t;
            });
    // At close, the round due later is not waited for: close runs it at once instead.
    k.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    keeper = k;
  }

  /**
   * Up to {@code limit} stories related to this one, best first: its kept list, or one computed
   * from the index now and kept. Never fails for want of keeping: the page shows what it computed.
   */
  List<Long> of(Article article, int limit) {
    if (limit > KEPT) {
      return index.related(article, limit);
    }
    long id = article.id().value();
    Optional<RelatedLists.Kept> kept = lists.kept(id);
    if (kept.isPresent()) {
      return first(kept.get().ids(), limit);
    }
    long at = index.searchedPosition(); // before the searcher: never newer than it
    List<Long> found = index.related(article, KEPT);
    // An empty list may mean that this index has not got the story yet: not kept, so the list the
    // follower computes once it has is not taken for a newer one.
    if (!found.isEmpty()) {
      keepQuietly(id, new RelatedLists.Kept(found, at));
    }
    return first(found, limit);
  }

  /**
   * The follower applied these entries to the index: the lists of their stories are due. A few are
   * gathered for the keeper thread, which computes them {@value #GATHER_MILLIS} ms later; many are
   * dropped at once. Never throws: the index has applied them whatever becomes of the lists.
   */
  void applied(List<ChangeEntry> entries) {
    Map<Long, Long> changedAt = new LinkedHashMap<>();
    entries.forEach(e -> changedAt.merge(e.articleId(), e.seq(), Math::max));
    ScheduledExecutorService k = keeper;
    if (changedAt.size() > REFRESHED || k == null) {
      // Too many, or not started (an index caught up before the server starts, tools): computed
      // at their first view.
      forgetQuietly(changedAt);
      return;
    }
    switch (due.add(changedAt)) {
      case FULL -> forgetQuietly(changedAt);
      case FIRST -> {
        try {
          var unused = k.schedule(this::keepDue, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
          Map<Long, Long> dropped = due.take(); // closing: computed at their first view instead
          forgetQuietly(dropped);
          due.done(dropped);
        }
      }
      case GATHERED -> {} // the keeper's next round, already scheduled, takes them
    }
  }

  /** Computes the lists gathered so far: the changed stories', then their neighbours'. */
  private void keepDue() {
    Map<Long, Long> changedAt = due.take();
    if (changedAt.isEmpty()) {
      return;
    }
    try {
      refresh(changedAt);
    } catch (RuntimeException e) {
      // Lists computed before the failure stay; the others are computed at their first view.
      LOG.warn("related stories not kept", e);
      forgetQuietly(changedAt);
    } finally {
      due.done(changedAt);
    }
  }

  /**
   * Computes the list of each story changed (at {@code seq}), then the lists of the stories they
   * name first, each once: a story named by several changed ones is computed once, and not at all
   * when its list names them already or was computed from an index that held their change.
   */
  private void refresh(Map<Long, Long> changedAt) {
    Map<Long, Long> namedBy = new LinkedHashMap<>(); // neighbour → newest change naming it
    Map<Long, Set<Long>> namers = new LinkedHashMap<>();
    changedAt.forEach(
        (id, seq) ->
            own(id, seq)
                .ifPresent(
                    list -> {
                      for (long other : first(list.ids(), NEIGHBOURS)) {
                        if (!changedAt.containsKey(other)) {
                          namedBy.merge(other, seq, Math::max);
                          namers.computeIfAbsent(other, x -> new LinkedHashSet<>()).add(id);
                        }
                      }
                    }));
    namedBy.forEach(
        (other, seq) -> {
          Optional<RelatedLists.Kept> theirs = lists.kept(other);
          // Without a list, the other story's first view computes one that may name these.
          if (theirs.isPresent()
              && theirs.get().atSeq() < seq
              && !theirs.get().ids().containsAll(namers.get(other))) {
            compute(other).ifPresent(l -> lists.keep(other, l));
          }
        });
  }

  /** The list of a story changed at {@code seq}, computed again unless kept since; none if gone. */
  private Optional<RelatedLists.Kept> own(long id, long seq) {
    Optional<RelatedLists.Kept> kept = lists.kept(id);
    if (kept.isPresent() && kept.get().atSeq() >= seq) {
      return kept; // computed since that change (by another node, or a view)
    }
    Optional<RelatedLists.Kept> computed = compute(id);
    if (computed.isEmpty()) {
      lists.forget(Map.of(id, Long.MAX_VALUE)); // no longer public: no list
      return Optional.empty();
    }
    lists.keep(id, computed.get());
    return computed;
  }

  /** The list of a story as the index has it now; none when the story is not public. */
  private Optional<RelatedLists.Kept> compute(long id) {
    long at = index.searchedPosition(); // before the searcher: never newer than it
    return articles
        .find(new ArticleId(id))
        .filter(Article::isPublic)
        .map(a -> new RelatedLists.Kept(index.related(a, KEPT), at));
  }

  private void keepQuietly(long id, RelatedLists.Kept list) {
    try {
      lists.keep(id, list);
    } catch (RuntimeException e) {
      LOG.warn("related stories of {} not kept", id, e);
    }
  }

  private void forgetQuietly(Map<Long, Long> changedAt) {
    try {
      lists.forget(changedAt);
    } catch (RuntimeException e) {
      LOG.warn("related stories not dropped", e);
    }
  }

  private static List<Long> first(List<Long> ids, int limit) {
    return ids.size() <= limit ? ids : new ArrayList<>(ids.subList(0, limit));
  }

  /** Computes what the keeper has gathered so far now, and waits for it (for tests). */
  void settle() {
    ScheduledExecutorService k = keeper;
    if (k == null) {
      return;
    }
    try {
      k.submit(this::keepDue).get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the related stories' keeper did not settle", e);
    }
  }

  /** Stops the keeper once it has computed what it gathered (at once, not at its round's time). */
  @Override
  public void close() {
    ScheduledExecutorService k = keeper;
    if (k != null) {
      try {
        k.execute(this::keepDue);
      } catch (RejectedExecutionException e) {
        // closed already
      }
      k.shutdown();
      try {
        k.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
