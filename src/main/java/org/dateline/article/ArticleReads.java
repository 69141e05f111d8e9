package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.changelog.ChangeAction;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;

/**
 * The reads of {@link Articles} that take more than one call: versions and their facts, pages of a
 * list with their cursors, related candidates, headlines and public summaries by id, a kill's note
 * and the newsroom's preview. Writes nothing. Thread-safe: holds no state.
 */
final class ArticleReads {
  /** How many of the newest stories of each topic and of the section are related candidates. */
  private static final int RELATED_PER_LIST = 20;

  private final ArticleRepository repository;
  private final ArticleVersionRepository versions;
  private final Sections sections;
  private final Clock clock;

  ArticleReads(
      ArticleRepository repository,
      ArticleVersionRepository versions,
      Sections sections,
      Clock clock) {
    this.repository = repository;
    this.versions = versions;
    this.sections = sections;
    this.clock = clock;
  }

  /** See {@link Articles#preview}. */
  Article preview(Optional<ArticleId> live, ArticleContent content) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Optional<Article> current = live.flatMap(repository::byId).filter(Article::isPublic);
    boolean same =
        current.map(a -> a.content().fingerprint().equals(content.fingerprint())).orElse(true);
    return new Article(
        current.map(Article::id).orElse(Articles.UNPUBLISHED),
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

  /** See {@link Articles#killNote}. */
  Optional<String> killNote(Article article) {
    if (article.state() != ArticleState.KILLED) {
      return Optional.empty();
    }
    return versions.find(article.id(), article.version()).flatMap(ArticleVersion::note);
  }

  /** See {@link Articles#version}. */
  Optional<ArticleVersion> version(ArticleId id, int version) {
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

  /** See {@link Articles#versionFacts}. */
  Map<ArticleVersionRepository.VersionKey, ArticleVersionRepository.Facts> versionFacts(
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

  /** See {@link Articles#page}. */
  Slice page(Listing listing, PageRequest request) {
    return slice(listing, repository.page(listing, request), request, Optional.empty());
  }

  /**
   * See {@link Articles#pageAt}. Before a cursor, the story at its position is newer than the
   * page's first, so it answers whether there is a newer page, which {@link #page} asks the store.
   */
  Slice.At pageAt(Listing listing, PageRequest request) {
    ArticleRepository.PageAt read = repository.pageAt(listing, request);
    return new Slice.At(
        slice(listing, read.rows(), request, Optional.of(read.at().isPresent())),
        read.at().map(ArticleSummary::cursor));
  }

  /**
   * A page of {@code rows} (as the store returned them, one more than the page's size when there
   * are more); {@code newerKnown}: whether a story is newer than the first row, when known.
   */
  private Slice slice(
      Listing listing,
      List<ArticleSummary> rows,
      PageRequest request,
      Optional<Boolean> newerKnown) {
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
    if (request.before().isPresent() && !items.isEmpty() && newerKnown.isPresent()) {
      newer = newerKnown.get() ? Optional.of(items.get(0).cursor()) : Optional.empty();
    } else if (request.before().isPresent() && !items.isEmpty()) {
      PageRequest probe = new PageRequest(Optional.empty(), Optional.of(items.get(0).cursor()), 1);
      if (!repository.page(listing, probe).isEmpty()) {
        newer = Optional.of(items.get(0).cursor());
      }
    }
    return new Slice(items, older, newer);
  }

  /** See {@link Articles#related}. */
  List<ArticleSummary> related(ArticleId id, int limit) {
    return publicSummaries(
        RelatedCandidate.rank(repository.relatedCandidates(id, RELATED_PER_LIST), limit));
  }

  /** See {@link Articles#slugHolder}. */
  Optional<ArticleHeadline> slugHolder(String slug, Optional<ArticleId> except) {
    return repository.withSlug(slug).stream()
        .filter(ArticleHeadline::isPublic)
        .filter(h -> except.map(id -> !id.equals(h.id())).orElse(true))
        .findFirst();
  }

  /** See {@link Articles#headlines}. */
  Map<ArticleId, ArticleHeadline> headlines(Collection<ArticleId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<ArticleId, ArticleHeadline> byId = new HashMap<>();
    repository.headlines(Set.copyOf(ids)).forEach(h -> byId.put(h.id(), h));
    return byId;
  }

  /** See {@link Articles#publicSummaries}. */
  List<ArticleSummary> publicSummaries(List<ArticleId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<ArticleId, ArticleSummary> byId = new HashMap<>();
    repository.publicSummaries(Set.copyOf(ids)).forEach(s -> byId.put(s.id(), s));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** See {@link Articles#listedWithTranslations}. */
  ListedStories listedWithTranslations(Article article, List<ArticleId> ids) {
    ListedStories read =
        repository.listedWithTranslations(Set.copyOf(ids), article.id(), article.sourceKey());
    Map<ArticleId, ArticleSummary> byId = new HashMap<>();
    read.listed().forEach(s -> byId.put(s.id(), s));
    return new ListedStories(
        ids.stream().map(byId::get).filter(Objects::nonNull).toList(), read.translations());
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
