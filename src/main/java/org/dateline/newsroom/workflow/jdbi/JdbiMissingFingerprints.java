package org.dateline.newsroom.workflow.jdbi;

import java.util.List;
import org.dateline.newsroom.editor.format.DraftJson;
import org.dateline.newsroom.workflow.MissingFingerprints;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The stories without a draft fingerprint, found through V36's partial index {@code
 * stories_without_fingerprint}, and their conditional fill (decision 0132).
 */
final class JdbiMissingFingerprints implements MissingFingerprints {
  private final Jdbi jdbi;

  JdbiMissingFingerprints(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Unfingerprinted> before(long beforeId, int limit) {
    // No transaction: on SQLite a transaction takes the write lock at its start (WriteQueue).
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id, version, edition, draft FROM stories
                    WHERE draft_fingerprint IS NULL AND id < :before
                    ORDER BY id DESC LIMIT :limit
                    """)
                .bind("before", beforeId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Unfingerprinted(
                            rs.getLong("id"),
                            rs.getInt("version"),
                            rs.getString("edition"),
                            DraftJson.read(rs.getString("draft"))))
                .list());
  }

  @Override
  public int fill(List<Fingerprinted> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    return jdbi.inTransaction(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  UPDATE stories SET draft_fingerprint = :fingerprint
                  WHERE id = :id AND version = :version AND draft_fingerprint IS NULL
                  """);
          for (Fingerprinted row : rows) {
            batch
                .bind("fingerprint", row.fingerprint())
                .bind("id", row.id())
                .bind("version", row.version())
                .add();
          }
          int written = 0;
          for (int changed : batch.execute()) {
            written += Math.max(0, changed);
          }
          return written;
        });
  }
}
