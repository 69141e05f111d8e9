package org.dateline.article.jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.RelatedCandidate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Related-story candidates by bounded, indexed look-ups: the newest stories of each of the story's
 * topics ({@code article_tags_recent}: topic, publication time) and of its section ({@code
 * articles_section_latest}), then the facts of those candidates by primary key. Nothing here reads
 * all the stories of a topic or a section, so the cost does not grow with the store.
 */
final class JdbiRelatedStories {
  /** Topics looked at, in the story's order; a story rarely has more. */
  private static final int MAX_TOPICS = 8;

  static final String TOPICS = "SELECT tag_id, position FROM article_tags WHERE article_id = :id";
  static final String SECTION = "SELECT section_id FROM articles WHERE id = :id";
  static final String BY_TOPIC =
      """
      SELECT at.article_id FROM article_tags at JOIN articles a ON a.id = at.article_id
      WHERE at.tag_id = :topic AND at.article_id <> :id AND a.state = 'published'
      ORDER BY at.published_at DESC, at.article_id DESC
      LIMIT :n
      """;
  static final String BY_SECTION =
      """
      SELECT a.id FROM articles a
      WHERE a.section_id = :section AND a.state = 'published' AND a.id <> :id
      ORDER BY a.first_published_at DESC, a.id DESC
      LIMIT :n
      """;
  // The state is checked in Java: with "state = 'published'" in the WHERE clause SQLite reads the
  // state index (every published story) instead of looking the ids up by primary key.
  static final String FACTS =
      "SELECT a.id, a.section_id, a.first_published_at, a.state FROM articles a WHERE a.id IN (<ids>)";
  static final String SHARED =
      "SELECT article_id, tag_id FROM article_tags WHERE article_id IN (<ids>) AND tag_id IN (<topics>)";

  private final Jdbi jdbi;

  JdbiRelatedStories(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<RelatedCandidate> candidates(ArticleId story, int perList) {
    return jdbi.withHandle(h -> candidates(h, story.value(), perList));
  }

  private static List<RelatedCandidate> candidates(Handle h, long id, int perList) {
    List<Long> topics =
        h
            .createQuery(TOPICS)
            .bind("id", id)
            .map((rs, ctx) -> new long[] {rs.getLong("tag_id"), rs.getLong("position")})
            .list()
            .stream()
            .sorted(Comparator.comparingLong(row -> row[1]))
            .limit(MAX_TOPICS)
            .map(row -> row[0])
            .toList();
    Optional<Long> section = h.createQuery(SECTION).bind("id", id).mapTo(Long.class).findOne();
    Set<Long> ids = new LinkedHashSet<>();
    for (long topic : topics) {
      ids.addAll(
          h.createQuery(BY_TOPIC)
              .bind("topic", topic)
              .bind("id", id)
              .bind("n", perList)
              .mapTo(Long.class)
              .list());
    }
    section.ifPresent(
        s ->
            ids.addAll(
                h.createQuery(BY_SECTION)
                    .bind("section", s)
                    .bind("id", id)
                    .bind("n", perList)
                    .mapTo(Long.class)
                    .list()));
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Integer> shared = new HashMap<>();
    if (!topics.isEmpty()) {
      h.createQuery(SHARED)
          .bindList("ids", List.copyOf(ids))
          .bindList("topics", topics)
          .map((rs, ctx) -> rs.getLong("article_id"))
          .forEach(candidate -> shared.merge(candidate, 1, Integer::sum));
    }
    List<RelatedCandidate> out = new ArrayList<>();
    h.createQuery(FACTS)
        .bindList("ids", List.copyOf(ids))
        .map(
            (rs, ctx) -> {
              if (!ArticleState.PUBLISHED.code().equals(rs.getString("state"))) {
                return null;
              }
              long sectionId = rs.getLong("section_id");
              boolean sameSection = !rs.wasNull() && section.equals(Optional.of(sectionId));
              return new RelatedCandidate(
                  new ArticleId(rs.getLong("id")),
                  shared.getOrDefault(rs.getLong("id"), 0),
                  sameSection,
                  Instant.ofEpochMilli(rs.getLong("first_published_at")));
            })
        .forEach(
            candidate -> {
              if (candidate != null) {
                out.add(candidate);
              }
            });
    return out;
  }
}
