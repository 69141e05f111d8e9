package org.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeLog;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;

/**
 * {@link Articles#publishNew}: new stories stored at once (multi-row inserts), each with its
 * change-log entry and cache keys; the caller's transaction holds them together. Not thread-safe:
 * one per call.
 */
final class BulkPublish {
  private final ArticleRepository repository;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Clock clock;

  BulkPublish(ArticleRepository repository, Sections sections, ChangeLog changeLog, Clock clock) {
    this.repository = repository;
    this.sections = sections;
    this.changeLog = changeLog;
    this.clock = clock;
  }

  int publish(List<Articles.NewStory> stories) {
    Map<String, Optional<Long>> sectionIds = new HashMap<>();
    Instant now = clock.instant();
    List<ArticleRepository.NewArticle> rows = new ArrayList<>(stories.size());
    for (Articles.NewStory s : stories) {
      Optional<Long> section =
          sectionIds.computeIfAbsent(
              s.content().section(), name -> sections.ensure(name).map(Section::id));
      rows.add(
          new ArticleRepository.NewArticle(
              Slugs.of(s.content().headline()),
              s.content(),
              section,
              ArticleState.PUBLISHED,
              s.publishedAt(),
              Optional.empty(),
              1,
              Optional.of(s.sourceKey()),
              now,
              Optional.empty(),
              Optional.empty()));
    }
    List<ChangeLog.Change> logged = new ArrayList<>(rows.size());
    for (ArticleRepository.Appended a : repository.appendAll(rows)) {
      logged.add(
          new ChangeLog.Change(
              a.id().value(),
              ChangeAction.PUBLISHED,
              1,
              CacheKeys.ofStory(a.id(), a.sectionId(), a.authorIds(), a.tagIds())));
    }
    changeLog.recordAll(logged);
    return logged.size();
  }
}
