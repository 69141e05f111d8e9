package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeLog;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.storage.Transactions;

/**
 * The change-log bookkeeping of each write of {@link Articles} ({@link ArticleWrites}): a change
 * runs in one transaction, the story's row written with its change-log entry (the cache keys of its
 * state before and after, its translations' keys too) and its version snapshot, and this process's
 * listeners are told after commit with the position the entry took. Thread-safe: a {@link Unit}
 * belongs to one change, on its thread.
 */
final class ChangeRecorder {
  private final ArticleRepository repository;
  private final ArticleVersionRepository versions;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Transactions tx;
  private final Clock clock;

  ChangeRecorder(
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

  /**
   * Runs a change in one transaction and tells this process's listeners after commit, with the
   * position its own entry took: no read of the log's end before and after it (decision 0110).
   */
  <T> T change(Function<Unit, T> work) {
    return tx.inTransaction(
        () -> {
          Unit unit = new Unit();
          T result = work.apply(unit);
          long seq = unit.seq;
          if (seq > 0) {
            tx.afterCommit(() -> changeLog.committed(seq));
          }
          return result;
        });
  }

  /** One change's writes, and the change-log position they reached (0 while none). */
  final class Unit {
    private long seq;

    /** Stores a new story, its change-log entry and its first version. */
    Article create(
        ArticleContent content,
        Optional<Section> section,
        ArticleState state,
        Instant publishedAt,
        Optional<Instant> embargoUntil,
        Optional<String> sourceKey) {
      Instant now = clock.instant();
      ArticleId id =
          repository.insert(
              row(
                  content,
                  section,
                  state,
                  publishedAt,
                  Optional.empty(),
                  1,
                  sourceKey,
                  now,
                  embargoUntil,
                  Optional.empty()));
      Article created = repository.byId(id).orElseThrow();
      shownInSection(created);
      ChangeAction action =
          state == ArticleState.EMBARGOED ? ChangeAction.EMBARGOED : ChangeAction.PUBLISHED;
      Set<String> keys = withTranslations(id, CacheKeys.ofChange(Optional.empty(), created));
      seq = changeLog.record(id.value(), action, 1, keys);
      versions.saveAll(List.of(new ArticleVersion(created, action, now, Optional.empty())));
      return created;
    }

    /** Stores a stored story's next version ({@code old}'s plus one) and records it. */
    Article store(
        Article old,
        ArticleContent content,
        Optional<Section> section,
        ArticleState state,
        Instant firstPublished,
        Optional<Instant> updatedAt,
        Optional<Article.Correction> correction,
        ChangeAction action) {
      Optional<Instant> embargo =
          state == ArticleState.EMBARGOED ? Optional.of(firstPublished) : Optional.empty();
      int version = old.version() + 1;
      repository.update(
          old.id(),
          row(
              content,
              section,
              state,
              firstPublished,
              updatedAt,
              version,
              old.sourceKey(),
              clock.instant(),
              embargo,
              correction));
      return logged(old, action, version, Optional.empty());
    }

    /**
     * Records the change of a stored story in the change log, with the cache keys of its state
     * before and after, and returns it as it is now.
     */
    Article logged(Article before, ChangeAction action, int version, Optional<String> note) {
      Article after = repository.byId(before.id()).orElseThrow();
      shownInSection(after);
      Set<String> keys =
          withTranslations(after.id(), CacheKeys.ofChange(Optional.of(before), after));
      seq = changeLog.record(after.id().value(), action, version, keys);
      versions.saveAll(List.of(new ArticleVersion(after, action, clock.instant(), note)));
      return after;
    }

    /** A version's row, for a new story and a stored story's next version alike. */
    private ArticleRepository.NewArticle row(
        ArticleContent content,
        Optional<Section> section,
        ArticleState state,
        Instant firstPublished,
        Optional<Instant> updatedAt,
        int version,
        Optional<String> sourceKey,
        Instant writtenAt,
        Optional<Instant> embargoUntil,
        Optional<Article.Correction> correction) {
      return new ArticleRepository.NewArticle(
          content.slug(),
          content,
          section.map(Section::id),
          state,
          firstPublished,
          updatedAt,
          version,
          sourceKey,
          writtenAt,
          embargoUntil,
          correction);
    }

    /** Stores new stories in bulk, each with its change-log entry (decision 0091). */
    int publishNew(List<Articles.NewStory> stories) {
      int stored = new BulkPublish(repository, sections, changeLog, clock).publish(stories);
      seq = stored > 0 ? changeLog.latestSeq() : 0;
      return stored;
    }
  }

  /**
   * The keys of a change with those of the story's translations added: each of their pages links
   * the story when it is public (language switcher, alternates, sitemaps), so a publish, lift or
   * kill of one translation drops the others' pages (decision 0077).
   */
  private Set<String> withTranslations(ArticleId id, Set<String> keys) {
    Set<String> all = new TreeSet<>(keys);
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
}
