package org.dateline.search.jdbi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.search.RelatedLists;
import org.jdbi.v3.core.Jdbi;

/**
 * The kept related stories in {@code related_stories} (migration V34): one row per story, its list
 * as comma-separated ids, read by key in one statement.
 */
final class JdbiRelatedLists implements RelatedLists {
  private final Jdbi jdbi;

  JdbiRelatedLists(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Kept> kept(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT related, at_seq FROM related_stories WHERE article_id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Kept(ids(rs.getString(1)), rs.getLong(2)))
                .findOne());
  }

  @Override
  public void keep(long articleId, Kept list) {
    String related = list.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO related_stories (article_id, related, at_seq)
                    VALUES (:id, :related, :seq)
                    ON CONFLICT (article_id)
                    DO UPDATE SET related = excluded.related, at_seq = excluded.at_seq
                    """)
                .bind("id", articleId)
                .bind("related", related)
                .bind("seq", list.atSeq())
                .execute());
  }

  @Override
  public void forget(Map<Long, Long> changedAt) {
    if (changedAt.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          var batch =
              h.prepareBatch(
                  "DELETE FROM related_stories WHERE article_id = :id AND at_seq < :seq");
          changedAt.forEach((id, seq) -> batch.bind("id", id).bind("seq", seq).add());
          batch.execute();
        });
  }

  private static List<Long> ids(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(",")).map(Long::parseLong).toList();
  }
}
