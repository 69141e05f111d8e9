package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.readership.Readership;
import org.dateline.web.PageCache;

/**
 * The short lists beside a story and on the home page that change without the page's own stories
 * changing: the latest stories (beside a story) and the most viewed of the last 24 hours (decision
 * 0045). Both are snapshots of story ids, refreshed every {@link #REFRESH_SECONDS} seconds; when a
 * snapshot changes, the pages that show it are dropped from the cache (key {@link #KEY}), so a
 * cached page is at most one refresh old and never costs more than its own render. A story killed
 * meanwhile drops out at once: the pages name every story they list, and rendering shows only what
 * is public now. Thread-safe.
 */
public final class SideLists {
  /** The cache key of every page that shows these lists. */
  public static final String KEY = "list:side";

  /** How often the lists are recomputed (and the view counts flushed). */
  public static final int REFRESH_SECONDS = 120;

  /** How many stories each list shows. */
  static final int SHOWN = 5;

  private final Articles articles;
  private final Readership readership;
  private final PageCache cache;
  private volatile List<ArticleId> latest = List.of();

  public SideLists(Articles articles, Readership readership, PageCache cache) {
    this.articles = articles;
    this.readership = readership;
    this.cache = cache;
  }

  /**
   * Recomputes both lists (flushing the view counts on the way); drops the pages that show them
   * when either changed.
   */
  public void refresh() {
    List<ArticleId> before = readership.mostViewed();
    List<ArticleId> now = readership.refresh();
    List<ArticleId> newest =
        articles.page(new Listing.All(), PageRequest.newest(SHOWN + 1)).items().stream()
            .map(ArticleSummary::id)
            .toList();
    boolean changed = !now.equals(before) || !newest.equals(latest);
    latest = newest;
    if (changed) {
      cache.invalidate(Set.of(KEY));
    }
  }

  /** The latest public stories, without {@code except} (the story beside which they show). */
  List<ArticleSummary> latest(ArticleId except) {
    return shown(latest, except, "");
  }

  /** The most viewed public stories of the last 24 hours (the home page's list). */
  List<ArticleSummary> mostViewed() {
    return articles.publicSummaries(readership.mostViewed()).stream().limit(SHOWN).toList();
  }

  /** The most viewed public stories of the last 24 hours in one edition (decision 0068). */
  List<ArticleSummary> mostViewed(String edition) {
    return articles.publicSummaries(readership.mostViewed()).stream()
        .filter(s -> edition.equals(s.edition()))
        .limit(SHOWN)
        .toList();
  }

  /** The most viewed public stories of the last 24 hours, without {@code except}. */
  List<ArticleSummary> mostViewed(ArticleId except) {
    return shown(readership.mostViewed(), except, "");
  }

  /** The latest public stories of one edition, without {@code except}. */
  List<ArticleSummary> latest(ArticleId except, String edition) {
    return shown(latest, except, edition);
  }

  /** The most viewed public stories of one edition of the last 24 hours, without {@code except}. */
  List<ArticleSummary> mostViewed(ArticleId except, String edition) {
    return shown(readership.mostViewed(), except, edition);
  }

  /** The public stories among {@code ids} but {@code except}, of {@code edition} unless "". */
  private List<ArticleSummary> shown(List<ArticleId> ids, ArticleId except, String edition) {
    List<ArticleId> wanted = new ArrayList<>(ids);
    wanted.remove(except);
    return kept(articles.publicSummaries(wanted), except, edition);
  }

  /**
   * Both lists' stories as they stand now (the latest, then the most viewed), to be read with a
   * page's other stories in one statement (decision 0111); {@link #shown} then picks each list.
   */
  Snapshot snapshot() {
    return new Snapshot(latest, readership.mostViewed());
  }

  /** The ids of both lists at one moment. */
  record Snapshot(List<ArticleId> latest, List<ArticleId> mostViewed) {}

  /**
   * Of {@code ids}, those among the public stories {@code read} (by id), but {@code except}, of
   * {@code edition} unless "", at most {@link #SHOWN}, in the order of {@code ids}.
   */
  static List<ArticleSummary> shown(
      List<ArticleId> ids,
      java.util.Map<ArticleId, ArticleSummary> read,
      ArticleId except,
      String edition) {
    List<ArticleSummary> inOrder = new ArrayList<>();
    for (ArticleId id : ids) {
      ArticleSummary s = read.get(id);
      if (s != null) {
        inOrder.add(s);
      }
    }
    return kept(inOrder, except, edition);
  }

  private static List<ArticleSummary> kept(
      List<ArticleSummary> read, ArticleId except, String edition) {
    return read.stream()
        .filter(s -> !s.id().equals(except))
        .filter(s -> edition.isEmpty() || edition.equals(s.edition()))
        .limit(SHOWN)
        .toList();
  }
}
