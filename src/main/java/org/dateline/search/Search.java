package org.dateline.search;

import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeLog;
import org.dateline.newsroom.workflow.Stories;

/**
 * Facade of search: finds stories for readers and the newsroom, suggests as one types, finds
 * related stories (kept per story, {@link RelatedStories}), and keeps the index following the
 * change log ({@link Following}). Thread-safe: searches run in parallel; one catch-up runs at a
 * time.
 */
public final class Search implements AutoCloseable {
  /** How many change-log entries one catch-up step reads and commits at once. */
  static final int BATCH = 1000;

  private final SearchIndex index;
  private final Articles articles;
  private final StoryTexts texts;
  private final RelatedStories related;
  private final Following following;

  public Search(
      SearchIndex index,
      Articles articles,
      ChangeLog changeLog,
      Stories stories,
      StoryTexts texts,
      RelatedLists relatedLists) {
    this.index = index;
    this.articles = articles;
    this.texts = texts;
    this.related = new RelatedStories(index, articles, relatedLists);
    this.following = new Following(index, articles, changeLog, stories, related);
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
    following.awaitAsked();
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
    following.awaitAsked();
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
    following.followStoriesNow();
    return index.desk(query);
  }

  /**
   * Up to {@code limit} stories like this one, best first (decision 0046): the list kept for it, or
   * one computed now and kept (decision 0102). A kept list may name stories that are no longer
   * public: the caller keeps only what is public when it shows them.
   */
  public List<ArticleId> related(Article article, int limit) {
    return related.of(article, limit).stream().map(ArticleId::new).toList();
  }

  /** The same for the story with this id; none when there is no such story. */
  public List<ArticleId> related(ArticleId id, int limit) {
    return articles.find(id).map(a -> related(a, limit)).orElse(List.of());
  }

  /** Hears after every change the index applied (a cache of search pages drops them). */
  public void onApplied(Runnable listener) {
    following.onApplied(listener);
  }

  /** The change-log position the index holds. */
  public long position() {
    return index.position();
  }

  /** How many catch-ups ran (for tests that wait on the follower, not on the clock). */
  public long catchUps() {
    return following.catchUps();
  }

  /**
   * Brings the index up to the change log: switches to a rebuilt index if one is ready, then
   * applies every entry after the index's position, and commits (startup, tools and tests wait for
   * it; this process's own changes and the poll leave the commit to the committer thread instead).
   */
  public void catchUp() {
    following.catchUp();
  }

  /**
   * Follows the change log of other processes (and a rebuilt index) every {@code pollMillis}; this
   * process's commits call {@link #changed}. Related stories are kept from then on (decision 0102).
   */
  public void start(long pollMillis) {
    following.start(pollMillis);
  }

  /**
   * Tells the follower that the change log moved in this process: it applies the change at once on
   * its own thread, and the committing thread does not wait for it (decision 0128, amending 0104);
   * every search of this process waits for it instead ({@link #awaitApplied}), so the change is
   * searchable (or gone) for any search that starts after the request that made it answered. The
   * index's commit (its fsyncs) follows on its own thread (decisions 0104, 0121). A failure is
   * logged, never thrown: the change is stored, and the poller catches up.
   */
  public void changed() {
    following.changed();
  }

  /**
   * Waits until the index has applied every change this process committed before the call; at once
   * when it has. Searches and suggestions call it themselves (related stories do not: a list kept
   * carries the position its searcher held, and the keeper computes it again, decision 0126); a
   * cache of search pages calls it before it serves a kept page, which the follower's step drops
   * (decision 0128).
   */
  public void awaitApplied() {
    following.awaitAsked();
  }

  /** Waits until the related stories of the changes applied so far are kept (for tests). */
  void settleRelated() {
    following.awaitAsked();
    related.settle();
  }

  @Override
  public void close() {
    following.close();
    index.close();
  }
}
