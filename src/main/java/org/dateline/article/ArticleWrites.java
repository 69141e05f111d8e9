package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Articles.NewStory;
import org.dateline.article.Articles.Outcome;
import org.dateline.article.Articles.Published;
import org.dateline.changelog.ChangeAction;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Text;

/**
 * The writes of {@link Articles}, one method per use case: what each does to the public record
 * (which story, which state, which times, which version), each one change of the {@link
 * ChangeRecorder}, which writes the change log with it. Thread-safe: holds no state.
 */
final class ArticleWrites {
  private final ArticleRepository repository;
  private final ArticleVersionRepository versions;
  private final Sections sections;
  private final Clock clock;
  private final ChangeRecorder changes;

  ArticleWrites(
      ArticleRepository repository,
      ArticleVersionRepository versions,
      Sections sections,
      Clock clock,
      ChangeRecorder changes) {
    this.repository = repository;
    this.versions = versions;
    this.sections = sections;
    this.clock = clock;
    this.changes = changes;
  }

  /** See {@link Articles#publish}. */
  Published publish(ArticleContent content, Instant publishedAt, Optional<String> sourceKey) {
    return changes.change(
        unit -> {
          Optional<Section> section = sections.resolve(content.section());
          Optional<Article> existing = sourceKey.flatMap(repository::bySourceKey);
          if (existing.isEmpty()) {
            Article created =
                unit.create(
                    content,
                    section,
                    ArticleState.PUBLISHED,
                    publishedAt,
                    Optional.empty(),
                    sourceKey);
            return new Published(created, Outcome.CREATED);
          }
          Article old = existing.get();
          if (old.state() == ArticleState.EMBARGOED) {
            Article lifted =
                unit.store(
                    old,
                    content,
                    section,
                    ArticleState.PUBLISHED,
                    publishedAt,
                    Optional.empty(),
                    Optional.empty(),
                    ChangeAction.PUBLISHED);
            return new Published(lifted, Outcome.UPDATED);
          }
          if (old.content().fingerprint().equals(content.fingerprint()) && old.isPublic()) {
            return new Published(old, Outcome.UNCHANGED);
          }
          Article updated =
              unit.store(
                  old,
                  content,
                  section,
                  ArticleState.PUBLISHED,
                  old.firstPublishedAt(),
                  Optional.of(clock.instant()),
                  old.correction(),
                  ChangeAction.UPDATED);
          return new Published(updated, Outcome.UPDATED);
        });
  }

  /** See {@link Articles#publishNew}. */
  int publishNew(List<NewStory> stories) {
    return changes.change(unit -> unit.publishNew(stories));
  }

  /** See {@link Articles#embargo}. */
  Article embargo(ArticleContent content, Instant until, String sourceKey) {
    return changes.change(
        unit -> {
          Optional<Section> section = sections.resolve(content.section());
          Optional<Article> existing = repository.bySourceKey(sourceKey);
          if (existing.isEmpty()) {
            return unit.create(
                content,
                section,
                ArticleState.EMBARGOED,
                until,
                Optional.of(until),
                Optional.of(sourceKey));
          }
          Article old = existing.get();
          if (old.state() != ArticleState.EMBARGOED) {
            throw new IllegalStateException("only an unpublished story can be embargoed");
          }
          return unit.store(
              old,
              content,
              section,
              ArticleState.EMBARGOED,
              until,
              Optional.empty(),
              Optional.empty(),
              ChangeAction.EMBARGOED);
        });
  }

  /** See {@link Articles#liftEmbargo}. */
  Article liftEmbargo(ArticleId id) {
    return changes.change(
        unit -> {
          Article a = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (a.state() != ArticleState.EMBARGOED) {
            return a;
          }
          repository.lift(id, clock.instant());
          // A lift changes what subscribers may do with the story: a new version (withheld →
          // usable).
          versions.setVersion(id, a.version() + 1);
          return unit.logged(a, ChangeAction.LIFTED, a.version() + 1, Optional.empty());
        });
  }

  /** See {@link Articles#update}. */
  Article update(ArticleId id, ArticleContent content, Optional<String> correction) {
    return changes.change(
        unit -> {
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
          return unit.store(
              old,
              content,
              section,
              ArticleState.PUBLISHED,
              old.firstPublishedAt(),
              Optional.of(now),
              note.or(old::correction),
              note.isPresent() ? ChangeAction.CORRECTED : ChangeAction.UPDATED);
        });
  }

  /** See {@link Articles#kill}. */
  Article kill(ArticleId id, Optional<String> note) {
    return changes.change(
        unit -> {
          Article a = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (a.state() == ArticleState.KILLED) {
            return a;
          }
          repository.changeState(id, ArticleState.KILLED, clock.instant());
          versions.setVersion(id, a.version() + 1);
          Optional<String> why = note.map(Text::lines).filter(t -> !t.isEmpty());
          return unit.logged(a, ChangeAction.KILLED, a.version() + 1, why);
        });
  }

  /** See {@link Articles#reinstate}. */
  Article reinstate(ArticleId id, ArticleContent content) {
    return changes.change(
        unit -> {
          Article old = repository.byId(id).orElseThrow(() -> new ArticleNotFound(id));
          if (old.state() != ArticleState.KILLED) {
            throw new IllegalStateException("only a killed story can be reinstated");
          }
          return unit.store(
              old,
              content,
              sections.resolve(content.section()),
              ArticleState.PUBLISHED,
              old.firstPublishedAt(),
              Optional.of(clock.instant()),
              old.correction(),
              ChangeAction.UPDATED);
        });
  }
}
