package org.dateline.search.jdbi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.article.ArticleState;
import org.dateline.article.format.BodyJson;
import org.dateline.search.StoryText;
import org.dateline.search.StoryTexts;
import org.jdbi.v3.core.Jdbi;

/**
 * The summaries and bodies of a page of results: one statement for all the page's ids (a page shows
 * ten or so; {@link #MAX_IDS} bounds a statement's parameters).
 */
final class JdbiStoryTexts implements StoryTexts {
  /** Ids per statement, far under SQLite's and PostgreSQL's parameter limits. */
  static final int MAX_IDS = 500;

  private static final String PUBLISHED = ArticleState.PUBLISHED.code();

  private final Jdbi jdbi;

  JdbiStoryTexts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Map<Long, StoryText> of(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, StoryText> out = new HashMap<>();
    var distinct = java.util.List.copyOf(Set.copyOf(ids));
    jdbi.useHandle(
        h -> {
          for (int from = 0; from < distinct.size(); from += MAX_IDS) {
            h.createQuery("SELECT id, state, summary, body FROM articles WHERE id IN (<ids>)")
                .bindList("ids", distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS)))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getLong(1),
                            new StoryText(
                                PUBLISHED.equals(rs.getString(2)),
                                rs.getString(3),
                                BodyJson.read(rs.getString(4)))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
          }
        });
    return out;
  }
}
