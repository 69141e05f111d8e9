package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where stories, their bylines and tags are kept. */
public interface ArticleRepository {
  Optional<Article> byId(ArticleId id);

  /** The stories of these ids, by id: one query per table for them all. */
  java.util.Map<ArticleId, Article> byIds(java.util.Collection<ArticleId> ids);

  Optional<Article> bySourceKey(String sourceKey);

  /** Stores a new story and returns its id. */
  ArticleId insert(NewArticle article);

  /**
   * Stores new stories at once (multi-row inserts, one transaction), without looking for existing
   * ones: every story needs a source key no stored story has. Returns what each became, in order.
   */
  List<Appended> appendAll(List<NewArticle> articles);

  /** A story stored by {@link #appendAll}: its id and the ids of its section, authors, topics. */
  record Appended(
      ArticleId id, Optional<Long> sectionId, List<Long> authorIds, List<Long> tagIds) {}

  /** Replaces a story's content and facts (a new version). */
  void update(ArticleId id, NewArticle article);

  void changeState(ArticleId id, ArticleState state, Instant at);

  /** Makes an embargoed story public as first published at {@code at}. */
  void lift(ArticleId id, Instant at);

  /** One page of public stories, newest first. */
  List<ArticleSummary> page(Listing listing, PageRequest request);

  /**
   * One page of public stories cut at the request's cursor (it has one), with the story at the
   * cursor's position: before a cursor, the oldest at or after it; after one, the newest at or
   * before it (decision 0123). The rows are as {@link #page} returns them.
   */
  PageAt pageAt(Listing listing, PageRequest request);

  /** A page's rows and the story standing at its cursor's position, when there is one. */
  record PageAt(Optional<ArticleSummary> at, List<ArticleSummary> rows) {}

  /**
   * Public stories that may be related to the given one, other than itself: the newest {@code
   * perList} of each of its topics and of its section, each with the topics it shares. Bounded by
   * the lists, whatever the store's size.
   */
  List<RelatedCandidate> relatedCandidates(ArticleId id, int perList);

  /** The author with this slug, when at least one public story has them as byline. */
  Optional<Author> authorBySlug(String slug);

  /** The tag with this slug, when at least one public story has it. */
  Optional<Tag> tagBySlug(String slug);

  long countPublic();

  /**
   * The stored stories of any state after {@code afterId}, in id order, at most {@code limit} (a
   * full scan in batches, for the search index's rebuild).
   */
  List<Article> after(long afterId, int limit);

  /** How many stories are stored, of any state. */
  long countAll();

  /** Whether a public story shows the photo at this address, in its body or as its lead photo. */
  boolean showsPhoto(String src);

  /** A few stories, of any state, whose address has this slug now. */
  List<ArticleHeadline> withSlug(String slug);

  /** The headlines of these stories, whatever their state; unknown ids are left out. */
  List<ArticleHeadline> headlines(java.util.Collection<ArticleId> ids);

  /**
   * Every stored story of this story's translation group, itself included, by id (none when it has
   * no group; decision 0077).
   */
  List<ArticleTranslation> translations(ArticleId id);

  /** The same for a story whose source key was read with it: one statement. */
  List<ArticleTranslation> translations(ArticleId id, java.util.Optional<String> sourceKey);

  /**
   * The lines of these stories, whatever their state, by id (unknown ids absent), without their
   * bodies: one read of the rows and one of their bylines (decision 0120).
   */
  java.util.Map<ArticleId, ArticleLine> lines(java.util.Collection<ArticleId> ids);

  /** The public ones among these stories, in no particular order. */
  List<ArticleSummary> publicSummaries(java.util.Collection<ArticleId> ids);

  /**
   * The public ones among {@code ids} (in no particular order) and the translation group of the
   * story whose source key was read with it, in one statement (decision 0123).
   */
  ListedStories listedWithTranslations(
      java.util.Collection<ArticleId> ids, ArticleId story, java.util.Optional<String> sourceKey);

  /**
   * Per section (sections in navigation order, stories without one last), how many stories that
   * went public (and may since have been killed) were first published in each interval.
   */
  List<PublishedCounts> publishedCounts(List<Instant> bounds);

  /** What the repository stores for a story; the section is resolved by the facade. */
  record NewArticle(
      String slug,
      ArticleContent content,
      Optional<Long> sectionId,
      ArticleState state,
      Instant firstPublishedAt,
      Optional<Instant> updatedAt,
      int version,
      Optional<String> sourceKey,
      Instant createdAt,
      Optional<Instant> embargoUntil,
      Optional<Article.Correction> correction) {}
}
