package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeLog;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;
import org.dateline.storage.Transactions;

/**
 * Facade of the article feature: the public record of stories. Publish, embargo, update, correct
 * and kill, each one transaction together with its change-log entry; and read stories and lists
 * back. Thread-safe.
 */
public final class Articles {
  /** How many of the newest stories of each topic and of the section are related candidates. */
  private static final int RELATED_PER_LIST = 20;

  private final ArticleRepository repository;
  private final ArticleVersionRepository versions;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Transactions tx;
  private final Clock clock;

  public Articles(
      ArticleRepository repository,
      ArticleVersionRepository versions,
      Sections sections,
      ChangeLog changeLog,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.versions = versions;
    this.sections = sections;
    this.changeLog = changeLog;
    this.tx = tx;
    this.clock = clock;
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
    return change(
        log -> {
          Optional<Section> section = sections.resolve(content.section());
          Optional<Article> existing = sourceKey.flatMap(repository::bySourceKey);
          if (existing.isPresent()) {
            Article old = existing.get();
            if (old.state() == ArticleState.EMBARGOED) {
              return new Published(
                  store(
                      old,
                      content,
                      section,
                      ArticleState.PUBLISHED,
                      publishedAt,
                      Optional.empty(),
                      old.version() + 1,
                      Optional.empty(),
                      ChangeAction.PUBLISHED,
                      log),
                  Outcome.UPDATED);
            }
            if (old.content().fingerprint().equals(content.fingerprint()) && old.isPublic()) {
              return new Published(old, Outcome.UNCHANGED);
            }
            return new Published(
                store(
                    old,
                    content,
                    section,
                    ArticleState.PUBLISHED,
                    old.firstPublishedAt(),
                    Optional.of(clock.instant()),
                    old.version() + 1,
                    old.correction(),
                    ChangeAction.UPDATED,
                    log),
                Outcome.UPDATED);
          }
          return new Published(
              create(
                  content,
                  section,
                  ArticleState.PUBLISHED,
                  publishedAt,
                  Optional.empty(),
                  sourceKey,
                  log),
              Outcome.CREATED);
        });
  }

  /** A new story for {@link #publishNew}: its content, publication time and source key. */
  public record NewStory(ArticleContent content, Instant publishedAt, String sourceKey) {}

  /**
   * Publishes many new stories in one transaction with multi-row inserts and without looking for
   * existing ones (generated stories, archive loads): no stored story may have any of their source
   * keys. Each gets its change-log entry. Returns how many were stored.
   */
  public int publishNew(List<NewStory> stories) {
    return change(
        log -> {
          int stored = new BulkPublish(repository, sections, changeLog, clock).publish(stories);
          log.seq = stored > 0 ? changeLog.latestSeq() : 0;
          return stored;
        });
  }

  /**
   * Sends a story to subscribers under embargo until {@code until}; the public sees nothing of it
   * until {@link #liftEmbargo} runs.
   */
  public Article embargo(ArticleContent content, Instant until, String sourceKey) {
    return change(
        log -> {
          Optional<Section> section = sections.resolve(content.section());
          Optional<Article> existing = repository.bySourceKey(sourceKey);
          if (existing.isPresent()) {
            Article old = existing.get();
            if (old.state() != ArticleState.EMBARGOED) {
              throw new IllegalStateException("only an unpublished story can be embargoed");
            }
            return store(
                old,
                content,
                section,
                ArticleState.EMBARGOED,
                until,
                Optional.empty(),
                old.version() + 1,
                Optional.empty(),
                ChangeAction.EMBARGOED,
                log);
          }
          return create(
              content,
              section,
              ArticleState.EMBARGOED,
              until,
              Optional.of(until),
              Optional.of(sourceKey),
              log);
        });
  }

  /** Makes an embargoed story public now (it counts as first published now). */
  public Article liftEmbargo(ArticleId id) {
    return change(
        log -> {
          Article a = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (a.state() != ArticleState.EMBARGOED) {
            return a;
          }
          repository.lift(id, clock.instant());
          // A lift changes what subscribers may do with the story: a new version (withheld →
          // usable).
          versions.setVersion(id, a.version() + 1);
          return logged(
              Optional.of(a), ChangeAction.LIFTED, a.version() + 1, Optional.empty(), log);
        });
  }

  /**
   * Publishes a new version of a public story; with a correction note, the page shows it with its
   * time.
   */
  public Article update(ArticleId id, ArticleContent content, Optional<String> correction) {
    return change(
        log -> {
          Article old = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (!old.isPublic()) {
            throw new IllegalStateException("only a published story can be updated");
          }
          Optional<Section> section = sections.resolve(content.section());
          Instant now = clock.instant();
          Optional<Article.Correction> note =
              correction
                  .map(Text::lines)
                  .filter(s -> !s.isEmpty())
                  .map(text -> new Article.Correction(text, now));
          return store(
              old,
              content,
              section,
              ArticleState.PUBLISHED,
              old.firstPublishedAt(),
              Optional.of(now),
              old.version() + 1,
              note.or(old::correction),
              note.isPresent() ? ChangeAction.CORRECTED : ChangeAction.UPDATED,
              log);
        });
  }

  /** Withdraws a story everywhere; its URL answers 410 from now on. */
  public Article kill(ArticleId id) {
    return kill(id, Optional.empty());
  }

  /**
   * Withdraws a story everywhere, as a new (canceled) version; the note (why) travels to
   * subscribers as the item's editorial note.
   */
  public Article kill(ArticleId id, Optional<String> note) {
    return change(
        log -> {
          Article a = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (a.state() == ArticleState.KILLED) {
            return a;
          }
          repository.changeState(id, ArticleState.KILLED, clock.instant());
          versions.setVersion(id, a.version() + 1);
          return logged(
              Optional.of(a),
              ChangeAction.KILLED,
              a.version() + 1,
              note.map(Text::lines).filter(t -> !t.isEmpty()),
              log);
        });
  }

  /**
   * Publishes a killed story again with {@code content}, as its next version: an update to
   * subscribers (usable again) and to every public page, which show it from now on.
   */
  public Article reinstate(ArticleId id, ArticleContent content) {
    return change(
        log -> {
          Article old = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (old.state() != ArticleState.KILLED) {
            throw new IllegalStateException("only a killed story can be reinstated");
          }
          return store(
              old,
              content,
              sections.resolve(content.section()),
              ArticleState.PUBLISHED,
              old.firstPublishedAt(),
              Optional.of(clock.instant()),
              old.version() + 1,
              old.correction(),
              ChangeAction.UPDATED,
              log);
        });
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
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Optional<Article> current = live.flatMap(repository::byId).filter(Article::isPublic);
    boolean same =
        current.map(a -> a.content().fingerprint().equals(content.fingerprint())).orElse(true);
    return new Article(
        current.map(Article::id).orElse(UNPUBLISHED),
        content.slug(),
        content,
        sections.all().stream().filter(s -> s.name().equals(content.section())).findFirst(),
        content.bylines().stream().map(n -> new Author(0, Slugs.of(n), n)).toList(),
        content.tags().stream().map(n -> new Tag(0, Slugs.of(n), n)).toList(),
        ArticleState.PUBLISHED,
        current.map(Article::firstPublishedAt).orElse(now),
        same ? current.flatMap(Article::updatedAt) : Optional.of(now),
        current.map(a -> a.version() + 1).orElse(1),
        Optional.empty(),
        Optional.empty(),
        current.flatMap(Article::correction));
  }

  /** Why a killed story was withdrawn, when the newsroom said so (shown on its 410 page). */
  public Optional<String> killNote(Article article) {
    if (article.state() != ArticleState.KILLED) {
      return Optional.empty();
    }
    return versions.find(article.id(), article.version()).flatMap(ArticleVersion::note);
  }

  /** The change-log position a change reached (0 while it recorded nothing). */
  private static final class Logged {
    long seq;
  }

  /**
   * Runs a change in one transaction and tells this process's listeners after commit, with the
   * position its own entry took (no read of the log's end before and after, decision 0110).
   */
  private <T> T change(Function<Logged, T> work) {
    return tx.inTransaction(
        () -> {
          Logged log = new Logged();
          T result = work.apply(log);
          long seq = log.seq;
          if (seq > 0) {
            tx.afterCommit(() -> changeLog.committed(seq));
          }
          return result;
        });
  }

  private Article create(
      ArticleContent content,
      Optional<Section> section,
      ArticleState state,
      Instant publishedAt,
      Optional<Instant> embargoUntil,
      Optional<String> sourceKey,
      Logged log) {
    Instant now = clock.instant();
    var row =
        new ArticleRepository.NewArticle(
            content.slug(),
            content,
            section.map(Section::id),
            state,
            publishedAt,
            Optional.empty(),
            1,
            sourceKey,
            now,
            embargoUntil,
            Optional.empty());
    ArticleId id = repository.insert(row);
    Article created = repository.byId(id).orElseThrow();
    shownInSection(created);
    ChangeAction action =
        state == ArticleState.EMBARGOED ? ChangeAction.EMBARGOED : ChangeAction.PUBLISHED;
    log.seq =
        changeLog.record(
            id.value(),
            action,
            1,
            withTranslations(id, CacheKeys.ofChange(Optional.empty(), created)));
    versions.saveAll(List.of(new ArticleVersion(created, action, now, Optional.empty())));
    return created;
  }

  /**
   * The keys of a change with those of the story's translations added: each of their pages links
   * the story when it is public (language switcher, alternates, sitemaps), so a publish, lift or
   * kill of one translation drops the others' pages (decision 0077).
   */
  private Set<String> withTranslations(ArticleId id, Set<String> keys) {
    Set<String> all = new java.util.TreeSet<>(keys);
    for (ArticleTranslation t : repository.translations(id)) {
      all.addAll(CacheKeys.ofTranslation(t.id()));
    }
    return all;
  }

  /** A public story brings a new section into the navigation (decision 0073). */
  private void shownInSection(Article article) {
    if (article.isPublic()) {
      article.section().ifPresent(s -> sections.published(s.id()));
    }
  }

  /**
   * Records the change of a stored story in the change log, with the cache keys of its state before
   * and after, and returns it as it is now.
   */
  private Article logged(
      Optional<Article> before,
      ChangeAction action,
      int version,
      Optional<String> note,
      Logged log) {
    Article after = repository.byId(before.orElseThrow().id()).orElseThrow();
    shownInSection(after);
    log.seq =
        changeLog.record(
            after.id().value(),
            action,
            version,
            withTranslations(after.id(), CacheKeys.ofChange(before, after)));
    versions.saveAll(List.of(new ArticleVersion(after, action, clock.instant(), note)));
    return after;
  }

  private Article store(
      Article old,
      ArticleContent content,
      Optional<Section> section,
      ArticleState state,
      Instant firstPublished,
      Optional<Instant> updatedAt,
      int version,
      Optional<Article.Correction> correction,
      ChangeAction action,
      Logged log) {
    Optional<Instant> embargo =
        state == ArticleState.EMBARGOED ? Optional.of(firstPublished) : Optional.empty();
    var row =
        new ArticleRepository.NewArticle(
            content.slug(),
            content,
            section.map(Section::id),
            state,
            firstPublished,
            updatedAt,
            version,
            old.sourceKey(),
            clock.instant(),
            embargo,
            correction);
    repository.update(old.id(), row);
    return logged(Optional.of(old), action, version, Optional.empty(), log);
  }

  /**
   * A published version of a story: the stored snapshot, or, for the current version when none was
   * stored (stories from before version snapshots, bulk loads), the public record as it is.
   */
  public Optional<ArticleVersion> version(ArticleId id, int version) {
    return versions
        .find(id, version)
        .or(
            () ->
                repository
                    .byId(id)
                    .filter(a -> a.version() == version)
                    .map(
                        a ->
                            new ArticleVersion(a, actionOf(a), a.lastChanged(), Optional.empty())));
  }

  private static ChangeAction actionOf(Article a) {
    return switch (a.state()) {
      case KILLED -> ChangeAction.KILLED;
      case EMBARGOED -> ChangeAction.EMBARGOED;
      case PUBLISHED -> a.version() == 1 ? ChangeAction.PUBLISHED : ChangeAction.UPDATED;
    };
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
    Map<ArticleVersionRepository.VersionKey, ArticleVersionRepository.Facts> facts =
        new HashMap<>(versions.facts(keys));
    for (var key : keys) {
      if (!facts.containsKey(key)) {
        repository
            .byId(new ArticleId(key.articleId()))
            .ifPresent(
                a ->
                    facts.put(
                        key,
                        new ArticleVersionRepository.Facts(
                            a.section().map(Section::slug).orElse(""),
                            a.content().language(),
                            a.edition())));
      }
    }
    return facts;
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

  public Optional<Article> bySourceKey(String sourceKey) {
    return repository.bySourceKey(sourceKey);
  }

  public Slice page(Listing listing, PageRequest request) {
    List<ArticleSummary> rows = repository.page(listing, request);
    boolean more = rows.size() > request.size();
    List<ArticleSummary> items = more ? rows.subList(0, request.size()) : rows;
    if (request.after().isPresent()) {
      // Rows came oldest first from the cursor; a page always reads newest first.
      items = new ArrayList<>(items);
      Collections.reverse(items);
      Optional<Cursor> newer = more ? Optional.of(items.get(0).cursor()) : Optional.empty();
      Optional<Cursor> older =
          items.isEmpty() ? Optional.empty() : Optional.of(last(items).cursor());
      return new Slice(items, older, newer);
    }
    Optional<Cursor> older = more ? Optional.of(last(items).cursor()) : Optional.empty();
    Optional<Cursor> newer = Optional.empty();
    if (request.before().isPresent() && !items.isEmpty()) {
      PageRequest probe = new PageRequest(Optional.empty(), Optional.of(items.get(0).cursor()), 1);
      if (!repository.page(listing, probe).isEmpty()) {
        newer = Optional.of(items.get(0).cursor());
      }
    }
    return new Slice(items, older, newer);
  }

  /**
   * Up to {@code limit} public stories related to this one, best first: most shared topics, then
   * the same section, then the newest; taken from the newest stories of its topics and section, so
   * the cost does not grow with the store.
   */
  public List<ArticleSummary> related(ArticleId id, int limit) {
    return publicSummaries(
        RelatedCandidate.rank(repository.relatedCandidates(id, RELATED_PER_LIST), limit));
  }

  /**
   * A public story other than {@code except} whose address has this slug now, when there is one: a
   * slug an editor chooses names one story (decision 0080).
   */
  public Optional<ArticleHeadline> slugHolder(String slug, Optional<ArticleId> except) {
    return repository.withSlug(slug).stream()
        .filter(ArticleHeadline::isPublic)
        .filter(h -> except.map(id -> !id.equals(h.id())).orElse(true))
        .findFirst();
  }

  public Optional<Author> author(String slug) {
    return repository.authorBySlug(slug);
  }

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
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<ArticleId, ArticleHeadline> byId = new HashMap<>();
    repository.headlines(Set.copyOf(ids)).forEach(h -> byId.put(h.id(), h));
    return byId;
  }

  /**
   * The stories among {@code ids} that are public now, in the order given (the home page's curated
   * picks).
   */
  public List<ArticleSummary> publicSummaries(List<ArticleId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<ArticleId, ArticleSummary> byId = new HashMap<>();
    repository.publicSummaries(Set.copyOf(ids)).forEach(s -> byId.put(s.id(), s));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /**
   * How many stories were first published in each interval between consecutive {@code bounds}, per
   * section: the newsroom dashboard's chart. Killed stories still count on the day they went out.
   */
  public List<PublishedCounts> publishedPerInterval(List<Instant> bounds) {
    return repository.publishedCounts(bounds);
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
