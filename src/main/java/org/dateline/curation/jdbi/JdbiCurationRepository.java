package org.dateline.curation.jdbi;

import java.util.List;
import org.dateline.curation.CurationRepository;
import org.dateline.storage.Counters;
import org.jdbi.v3.core.Jdbi;

/**
 * The picks in {@code home_curation}; the version in {@code settings} as {@code curation.version}.
 */
final class JdbiCurationRepository implements CurationRepository {
  static final String VERSION = "curation.version";
  private final Jdbi jdbi;

  JdbiCurationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Long> picks() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT article_id FROM home_curation ORDER BY position")
                .mapTo(Long.class)
                .list());
  }

  @Override
  public long replace(List<Long> articleIds) {
    return jdbi.inTransaction(
        h -> {
          h.execute("DELETE FROM home_curation");
          var insert =
              h.prepareBatch(
                  "INSERT INTO home_curation(position, article_id) VALUES (:position, :article)");
          for (int i = 0; i < articleIds.size(); i++) {
            insert.bind("position", i + 1).bind("article", articleIds.get(i)).add();
          }
          if (!articleIds.isEmpty()) {
            insert.execute();
          }
          return Counters.bump(h, VERSION);
        });
  }

  @Override
  public long version() {
    return jdbi.withHandle(h -> Counters.read(h, VERSION));
  }
}
