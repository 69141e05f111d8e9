package org.dateline.edition.jdbi;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionRepository;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Jdbi;

/** Keeps the edition among the {@link Settings}, one per field, under {@code edition.}. */
final class JdbiEditionRepository implements EditionRepository {
  private final Jdbi jdbi;

  JdbiEditionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Edition> load() {
    Map<String, String> rows = jdbi.withHandle(h -> Settings.startingWith(h, "edition."));
    if (!rows.containsKey("edition.site_name")) {
      return Optional.empty();
    }
    return Optional.of(
        new Edition(
            rows.get("edition.site_name"),
            rows.get("edition.language"),
            ZoneId.of(rows.get("edition.zone")),
            rows.get("edition.date_pattern")));
  }

  @Override
  public void save(Edition e) {
    jdbi.useTransaction(
        h ->
            Map.of(
                    "edition.site_name", e.siteName(),
                    "edition.language", e.language(),
                    "edition.zone", e.zone().getId(),
                    "edition.date_pattern", e.datePattern())
                .forEach((name, value) -> Settings.put(h, name, value)));
  }
}
