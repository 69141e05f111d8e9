package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.changelog.ChangeLog;
import org.dateline.section.Sections;
import org.dateline.storage.Transactions;

/**
 * Facade of the article feature: the public record of stories. Publish, embargo, update, correct
 * and kill, each one transaction together with its change-log entry ({@link ArticleWrites}, the
 * bookkeeping in {@link ChangeRecorder}); and read stories and lists back (the reads of more than
 * one call in {@link ArticleReads}). Thread-safe.
 */
public final class Articles {
  private final ArticleRepository repository;
  private final ArticleVersionRepository versions;
  private final ArticleWrites writes;
  private final ArticleReads reads;

  public Articles(
      ArticleRepository repository,
      ArticleVersionRepository versions,
      Sections sections,
      ChangeLog changeLog,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.versions = versions;
    var changes = new ChangeRecorder(repository, versions, sections, changeLog, tx, clock);
    this.writes = new ArticleWrites(repository, versions, sections, clock, changes);
    this.reads = new ArticleReads(repository, versions, sections, clock);
  }

  /** What {@link #publish} did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** The story and what happened to it. */
  public record Published(Article article, Outcome outcome) {}

  /**
   * Publishes a story. With a source key already known, the stored story is kept when the content
   * is the same, and otherwise updated as a new version with an "updated" time.
   */
  public Published publish(
      ArticleContent content, Instant publishedAt, Optional<String> sourceKey) {
    return writes.publish(content, publishedAt, sourceKey);
  }

  /** A new story for {@link #publishNew}: its content, publication time and source key. */
  public record NewStory(ArticleContent content, Instant publishedAt, String sourceKey) {}

  /**
   * Publishes many new stories in one transaction with multi-row inserts and without looking for
   * existing ones (generated stories, archive loads): no stored story may have any of their source
   * keys. Each gets its change-log entry. Returns how many were stored.
   */
  public int publishNew(List<NewStory> stories) {
    return writes.publishNew(stories);
  }

  /**
   * Sends a story to subscribers under embargo until {@code until}; the public sees nothing of it
   * until {@link #liftEmbargo} runs.
   */
  public Article embargo(ArticleContent content, Instant until, String sourceKey) {
    return writes.embargo(content, until, sourceKey);
  }

  /** Makes an embargoed story public now (it counts as first published now). */
  public Article liftEmbargo(ArticleId id) {
    return writes.liftEmbargo(id);
  }

  /**
   * Publishes a new version of a public story; with a correction note, the page shows it with its
   * time.
   */
  public Article update(ArticleId id, ArticleContent content, Optional<String> correction) {
    return writes.update(id, content, correction);
  }

  /** Withdraws a story everywhere; its URL answers 410 from now on. */
  public Article kill(ArticleId id) {
    return writes.kill(id, Optional.empty());
  }

  /**
   * Withdraws a story everywhere, as a new (canceled) version; the note (why) travels to
   * subscribers as the item's editorial note.
   */
  public Article kill(ArticleId id, Optional<String> note) {
    return writes.kill(id, note);
  }

  /**
   * Publishes a killed story again with {@code content}, as its next version: an update to
   * subscribers (usable again) and to every public page, which show it from now on.
   */
  public Article reinstate(ArticleId id, ArticleContent content) {
    return writes.reinstate(id, content);
  }

  /** The id of a preview of a story never published: no story has it, and nothing links by it. */
  public static final ArticleId UNPUBLISHED = new ArticleId(Long.MAX_VALUE);

  /**
   * The story {@code content} would make if published now, for the newsroom's preview: a live story
   * previews as its next version (first published then, updated now when the content differs from
   * what readers have, its correction kept); one never published as if first published now, under
   * {@link #UNPUBLISHED}. Nothing is written.
   */
  public Article preview(Optional<ArticleId> live, ArticleContent content) {
    return reads.preview(live, content);
  }

  /** Why a killed story was withdrawn, when the newsroom said so (shown on its 410 page). */
  public Optional<String> killNote(Article article) {
    return reads.killNote(article);
  }

  /**
   * A published version of a story: the stored snapshot, or, for the current version when none was
   * stored (stories from before version snapshots, bulk loads), the public record as it is.
   */
  public Optional<ArticleVersion> version(ArticleId id, int version) {
    return reads.version(id, version);
  }

  /** When the story's earliest stored version was committed (none for stories from before). */
  public Optional<Instant> firstVersionAt(ArticleId id) {
    return versions.firstAt(id);
  }

  /**
   * Section slug, language and edition of each version (the stored snapshot's, else the story's
   * current ones; the edition is the story's): what a subscriber's filter looks at. Unknown stories
   * are left out.
   */
  public Map<ArticleVersionRepository.VersionKey, ArticleVersionRepository.Facts> versionFacts(
      Set<ArticleVersionRepository.VersionKey> keys) {
    return reads.versionFacts(keys);
  }

  /**
   * Every stored story of this story's translation group, itself included, by id, whatever their
   * state (decision 0077); none when the story was never translated.
   */
  public List<ArticleTranslation> translations(ArticleId id) {
    return repository.translations(id);
  }

  /** The same for a story already read: one statement (a cold article page, decision 0111). */
  public List<ArticleTranslation> translations(Article article) {
    return repository.translations(article.id(), article.sourceKey());
  }

  /** Any stored story, public or not. */
  public Optional<Article> find(ArticleId id) {
    return repository.byId(id);
  }

  /** Any stored stories of these ids, by id (unknown ids absent), in one read of each table. */
  public Map<ArticleId, Article> findAll(Collection<ArticleId> ids) {
    return ids.isEmpty() ? Map.of() : repository.byIds(ids);
  }

  /**
   * The lines of these stories (headline, section, bylines, state, last change), any state, by id
   * (unknown ids absent), read without their bodies: the desk's rows of public stories (decision
   * 0120).
   */
  public Map<ArticleId, ArticleLine> lines(Collection<ArticleId> ids) {
    return ids.isEmpty() ? Map.of() : repository.lines(ids);
  }

  /** The story a source (an import, a newsroom story) published, in any state. */
  public Optional<Article> bySourceKey(String sourceKey) {
    return repository.bySourceKey(sourceKey);
  }

  /** A page of a list, newest first, with the cursors of the pages before and after it. */
  public Slice page(Listing listing, PageRequest request) {
    return reads.page(listing, request);
  }

  /**
   * A page of a list cut at the request's cursor (it has one), with the cursor's position, read in
   * one statement (decision 0123); see {@link Slice.At}.
   */
  public Slice.At pageAt(Listing listing, PageRequest request) {
    return reads.pageAt(listing, request);
  }

  /**
   * Up to {@code limit} public stories related to this one, best first: most shared topics, then
   * the same section, then the newest; taken from the newest stories of its topics and section, so
   * the cost does not grow with the store.
   */
  public List<ArticleSummary> related(ArticleId id, int limit) {
    return reads.related(id, limit);
  }

  /**
   * A public story other than {@code except} whose address has this slug now, when there is one: a
   * slug an editor chooses names one story (decision 0080).
   */
  public Optional<ArticleHeadline> slugHolder(String slug, Optional<ArticleId> except) {
    return reads.slugHolder(slug, except);
  }

  /** A byline's person by the slug of their name. */
  public Optional<Author> author(String slug) {
    return repository.authorBySlug(slug);
  }

  /** A topic by its slug. */
  public Optional<Tag> tag(String slug) {
    return repository.tagBySlug(slug);
  }

  /**
   * Whether a public story shows the photo at this address ({@code /media/NAME}): photos of drafts,
   * scheduled and embargoed stories are not public.
   */
  public boolean showsPhoto(String src) {
    return repository.showsPhoto(src);
  }

  /** How many stories are public now. */
  public long countPublic() {
    return repository.countPublic();
  }

  /**
   * The stored stories of any state after {@code afterId}, in id order: walks the whole store in
   * batches (the search index's rebuild).
   */
  public List<Article> after(long afterId, int limit) {
    return repository.after(afterId, limit);
  }

  /** How many stories are stored, of any state. */
  public long countAll() {
    return repository.countAll();
  }

  /**
   * The headline, slug and state of each of these stories, by id (any state; unknown ids absent).
   */
  public Map<ArticleId, ArticleHeadline> headlines(Collection<ArticleId> ids) {
    return reads.headlines(ids);
  }

  /**
   * The stories among {@code ids} that are public now, in the order given (the home page's curated
   * picks).
   */
  public List<ArticleSummary> publicSummaries(List<ArticleId> ids) {
    return reads.publicSummaries(ids);
  }

  /**
   * What a story's page lists: the public ones among {@code ids}, in the order given, and the
   * story's translations ({@link #translations(Article)}), in one statement (decision 0123).
   */
  public ListedStories listedWithTranslations(Article article, List<ArticleId> ids) {
    return reads.listedWithTranslations(article, ids);
  }

  /**
   * How many stories were first published in each interval between consecutive {@code bounds}, per
   * section: the newsroom dashboard's chart. Killed stories still count on the day they went out.
   */
  public List<PublishedCounts> publishedPerInterval(List<Instant> bounds) {
    return repository.publishedCounts(bounds);
  }
}
