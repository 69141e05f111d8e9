package org.dateline.search;

import java.util.Optional;

/**
 * What someone searches for: the text as typed, filters chosen from the facets, the order and the
 * page. {@code audience} decides what may be found: the public sees only stories that are public
 * now; the newsroom sees every stage.
 */
public record SearchQuery(
    Audience audience,
    String text,
    Optional<String> section,
    Optional<String> author,
    Optional<String> topic,
    Optional<String> language,
    Optional<String> month,
    Order order,
    int page,
    int pageSize,
    Optional<EditionFilter> edition) {

  /**
   * Only the stories of one edition (decision 0077); {@code withUnmarked} also counts stories
   * indexed before the index knew editions (the default edition's, as V19 made every story).
   */
  public record EditionFilter(String code, boolean withUnmarked) {}

  /** A query over every edition. */
  public SearchQuery(
      Audience audience,
      String text,
      Optional<String> section,
      Optional<String> author,
      Optional<String> topic,
      Optional<String> language,
      Optional<String> month,
      Order order,
      int page,
      int pageSize) {
    this(
        audience,
        text,
        section,
        author,
        topic,
        language,
        month,
        order,
        page,
        pageSize,
        Optional.empty());
  }

  /** Longer queries are not searched: the page says so. */
  public static final int MAX_LENGTH = 500;

  /** The deepest page anyone may ask for; beyond it, narrow the search. */
  public static final int MAX_PAGE = 100;

  /** Who searches. */
  public enum Audience {
    /** Readers: only stories that are public now. */
    PUBLIC,
    /** The newsroom: stories in every state, with their state shown. */
    NEWSROOM
  }

  /** Best match first (newer first among equals), or newest first. */
  public enum Order {
    RELEVANCE,
    NEWEST
  }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page runs from 1 to " + MAX_PAGE);
    }
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("page size runs from 1 to 100");
    }
  }

  /** A reader's query for {@code text}, first page, by relevance. */
  public static SearchQuery reader(String text) {
    return new SearchQuery(
        Audience.PUBLIC,
        text,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Order.RELEVANCE,
        1,
        10);
  }

  /** The same query with another text (the corrected spelling). */
  public SearchQuery withText(String other) {
    return new SearchQuery(
        audience, other, section, author, topic, language, month, order, page, pageSize, edition);
  }

  public boolean filtered() {
    return section.isPresent()
        || author.isPresent()
        || topic.isPresent()
        || language.isPresent()
        || month.isPresent();
  }
}
