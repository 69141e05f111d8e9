package org.dateline.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dateline.article.Article;

/**
 * Port: the full-text index. It holds stories as the store had them at a change-log position and
 * records that position with every commit, so a restart (even after a crash) continues from there.
 * Implementations are thread-safe: searches run in parallel with one writer.
 */
public interface SearchIndex extends AutoCloseable {
  /** The last change-log sequence number whose changes the index holds (0 when new). */
  long position();

  /**
   * The last change-log sequence number whose changes searches see: {@link #position} as of the
   * last {@link #refresh}. A result computed on a searcher acquired after reading it holds at least
   * the changes up to it, so a result kept with this position is never newer than it says.
   */
  long searchedPosition();

  /**
   * Replaces the documents of {@code current} with the stories as given, removes the documents of
   * {@code removed} (article ids) and records {@code seq}; searches see the change after the next
   * {@link #refresh} (decision 0110), and it is durable after the next {@link #commit}.
   */
  void apply(Collection<Article> current, Collection<Long> removed, long seq);

  /** The time of the last newsroom story change the index holds (epoch millis; 0 when new). */
  long storiesSince();

  /**
   * Replaces the desk documents of these newsroom stories and records {@code since} (the newest
   * change they include); searchable after the next {@link #refresh}, durable after the next {@link
   * #commit}.
   */
  void applyDesk(Collection<DeskEntry> entries, long since);

  /**
   * Makes everything applied so far searchable: one near-real-time reader for any number of
   * applies, so a publish (its newsroom story and its public story) opens one reader, not two
   * (decision 0110).
   */
  void refresh();

  /**
   * Makes everything applied so far durable, with both positions, so a restart (even after a crash)
   * continues from there; nothing to do when nothing was applied since the last commit. Runs beside
   * applies and searches, which do not wait for it (decision 0104).
   */
  void commit();

  /**
   * The desk's filter: newsroom story ids, newest change first, and (up to {@code publicLimit})
   * public story ids, best match first; ids only, no snippets, facets or spelling (decision 0103).
   */
  DeskHits desk(DeskSearch query);

  /**
   * One page of results; the public audience never sees a story that is not public now. The hits'
   * snippets are highlighted from their text in the store, read once for the page from {@code
   * texts} (the index keeps no copy of the body, decision 0094).
   */
  SearchResults search(SearchQuery query, Texts texts);

  /** Where the texts of a page's hits come from: one read of the store for the page's ids. */
  @FunctionalInterface
  interface Texts {
    /** The stories among {@code ids} (article ids) that exist, by id. */
    Map<Long, StoryText> of(Collection<Long> ids);
  }

  /**
   * A correction of the query's misspelled words by words of public stories, or the text as given
   * when nothing needs correcting.
   */
  String correct(String text);

  /** Public stories, topics and people whose words start like {@code prefix}. */
  List<Suggestion> suggest(String prefix, int limit);

  /**
   * Public stories like this one, never the story itself: shared topics count most, then the same
   * section, then like words in headline and body; newer ones first among equals (decision 0046).
   */
  List<Long> related(Article article, int limit);

  /**
   * Switches to an index rebuilt meanwhile (by {@code reindex}, possibly in another process), when
   * there is one; true when it switched. The rebuilt index's position may be behind: catch up next.
   */
  boolean switchToRebuilt();

  /** Commits what was applied and closes the index. */
  @Override
  void close();
}
