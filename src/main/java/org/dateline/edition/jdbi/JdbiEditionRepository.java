package org.dateline.edition.jdbi;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionRepository;
import org.jdbi.v3.core.Jdbi;

/** Keeps the edition in the {@code settings} table, one row per field. */
public final class JdbiEditionRepository implements EditionRepository {
  private final Jdbi jdbi;

  public JdbiEditionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Edition> load() {
    Map<String, String> rows =
        jdbi.withHandle(
            h ->
                h
                    .createQuery("SELECT name, value FROM settings WHERE name LIKE 'edition.%'")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    if (!rows.containsKey("edition.site_name")) {
      return Optional.empty();
    }
    return Optional.of(
        new Edition(
            rows.get("edition.site_name"),
            rows.get("edition.language"),
            ZoneId.of(rows.get("edition.zone")),
            rows.get("edition.date_pattern"),
            Edition.FeedText.of(rows.getOrDefault("edition.feed_text", "summary"))));
  }

  @Override
  public void save(Edition e) {
    jdbi.useTransaction(
        h -> {
          var upsert =
              h.prepareBatch(
                  """
                  INSERT INTO settings(name, value) VALUES (:name, :value)
                  ON CONFLICT(name) DO UPDATE SET value = excluded.value
                  """);
          Map.of(
                  "edition.site_name", e.siteName(),
                  "edition.language", e.language(),
                  "edition.zone", e.zone().getId(),
                  "edition.date_pattern", e.datePattern(),
                  "edition.feed_text", e.feedText().label())
              .forEach((k, v) -> upsert.bind("name", k).bind("value", v).add());
          upsert.execute();
        });
  }
}
