package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeLog;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;
import org.dateline.storage.Transactions;

/**
 * Facade of the article feature: publish, update and kill stories, and read them back. Each
 * change is one transaction together with its change-log entry. Thread-safe.
 */
public final class Articles {
  private final ArticleRepository repository;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Transactions tx;
  private final Clock clock;

  public Articles(
      ArticleRepository repository, Sections sections, ChangeLog changeLog, Transactions tx, Clock clock) {
    this.repository = repository;
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
  public Published publish(ArticleContent content, Instant publishedAt, Optional<String> sourceKey) {
    Published result =
        tx.inTransaction(
            () -> {
              Optional<Section> section = sections.ensure(content.section());
              Optional<Article> existing = sourceKey.flatMap(repository::bySourceKey);
              if (existing.isPresent()) {
                return updateExisting(existing.get(), content, section);
              }
              Instant now = clock.instant();
              var row =
                  new ArticleRepository.NewArticle(
                      Slugs.of(content.headline()),
                      content,
                      section.map(Section::id),
                      ArticleState.PUBLISHED,
                      publishedAt,
                      Optional.empty(),
                      1,
                      sourceKey,
                      now);
              ArticleId id = repository.insert(row);
              changeLog.record(id.value(), ChangeAction.PUBLISHED, 1);
              return new Published(repository.byId(id).orElseThrow(), Outcome.CREATED);
            });
    if (result.outcome() != Outcome.UNCHANGED) {
      changeLog.committed(changeLog.latestSeq());
    }
    return result;
  }

  private Published updateExisting(Article old, ArticleContent content, Optional<Section> section) {
    if (old.content().fingerprint().equals(content.fingerprint()) && old.isPublic()) {
      return new Published(old, Outcome.UNCHANGED);
    }
    int version = old.version() + 1;
    var row =
        new ArticleRepository.NewArticle(
            Slugs.of(content.headline()),
            content,
            section.map(Section::id),
            ArticleState.PUBLISHED,
            old.firstPublishedAt(),
            Optional.of(clock.instant()),
            version,
            old.sourceKey(),
            clock.instant());
    repository.update(old.id(), row);
    changeLog.record(old.id().value(), ChangeAction.UPDATED, version);
    return new Published(repository.byId(old.id()).orElseThrow(), Outcome.UPDATED);
  }

  /** Withdraws a story everywhere; its URL answers 410 from now on. */
  public Article kill(ArticleId id) {
    Article killed =
        tx.inTransaction(
            () -> {
              Article a = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
              if (a.state() == ArticleState.KILLED) {
                return a;
              }
              repository.changeState(id, ArticleState.KILLED, clock.instant());
              changeLog.record(id.value(), ChangeAction.KILLED, a.version());
              return repository.byId(id).orElseThrow();
            });
    changeLog.committed(changeLog.latestSeq());
    return killed;
  }

  /** Any stored story, public or not. */
  public Optional<Article> find(ArticleId id) {
    return repository.byId(id);
  }

  public Slice page(Listing listing, PageRequest request) {
    List<ArticleSummary> rows = repository.page(listing, request);
    boolean more = rows.size() > request.size();
    List<ArticleSummary> items = more ? rows.subList(0, request.size()) : rows;
    if (request.after().isPresent()) {
      // Rows came oldest first from the cursor; a page always reads newest first.
      items = reverse(items);
      Optional<Cursor> newer = more ? Optional.of(items.get(0).cursor()) : Optional.empty();
      Optional<Cursor> older = items.isEmpty() ? Optional.empty() : Optional.of(last(items).cursor());
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

  public List<ArticleSummary> related(ArticleId id, int limit) {
    return repository.related(id, limit);
  }

  public Optional<Author> author(String slug) {
    return repository.authorBySlug(slug);
  }

  public Optional<Tag> tag(String slug) {
    return repository.tagBySlug(slug);
  }

  public long countPublic() {
    return repository.countPublic();
  }

  private static <T> List<T> reverse(List<T> list) {
    java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
