package org.dateline.section.jdbi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.section.Section;
import org.dateline.section.SectionRepository;
import org.dateline.storage.Counters;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;

/**
 * Sections in the {@code sections} table; their version in {@code settings} as {@code
 * sections.version}.
 */
final class JdbiSectionRepository implements SectionRepository {
  private static final RowMapper<Section> ROW =
      (rs, ctx) ->
          new Section(
              rs.getLong("id"),
              rs.getString("slug"),
              rs.getString("name"),
              rs.getInt("position"),
              Section.Visibility.byCode(rs.getString("visibility"))
                  .orElse(Section.Visibility.SHOWN));
  static final String VERSION = "sections.version";
  private final Jdbi jdbi;

  JdbiSectionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Section> all() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT * FROM sections ORDER BY position, id").map(ROW).list());
  }

  @Override
  public Optional<Section> bySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM sections WHERE slug = :slug")
                .bind("slug", slug)
                .map(ROW)
                .findOne());
  }

  @Override
  public Optional<Section> byName(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM sections WHERE name = :name")
                .bind("name", name)
                .map(ROW)
                .findOne());
  }

  @Override
  public Map<Long, String> editions() {
    return jdbi.withHandle(
        h ->
            h
                .createQuery("SELECT id, edition FROM sections")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Override
  public Section create(
      String slug,
      String name,
      int position,
      Section.Visibility visibility,
      @Nullable String edition) {
    long id =
        jdbi.inTransaction(
            h -> {
              long created =
                  h.createUpdate(
                          """
                          INSERT INTO sections(slug, name, position, visibility, edition)
                          VALUES (:slug, :name, :position, :visibility,
                            COALESCE((SELECT code FROM editions WHERE code = :edition),
                              (SELECT code FROM editions WHERE is_default = 1)))
                          """)
                      .bind("visibility", visibility.code())
                      .bind("edition", edition)
                      .bind("slug", slug)
                      .bind("name", name)
                      .bind("position", position)
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              Counters.bump(h, VERSION);
              return created;
            });
    return new Section(id, slug, name, position, visibility);
  }

  @Override
  public void setVisibility(long id, Section.Visibility visibility) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("UPDATE sections SET visibility = :v WHERE id = :id")
              .bind("v", visibility.code())
              .bind("id", id)
              .execute();
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public boolean showIfNew(long id) {
    return jdbi.inTransaction(
        h -> {
          int changed =
              h.createUpdate(
                      "UPDATE sections SET visibility = :shown WHERE id = :id AND visibility = :new")
                  .bind("shown", Section.Visibility.SHOWN.code())
                  .bind("new", Section.Visibility.NEW.code())
                  .bind("id", id)
                  .execute();
          if (changed > 0) {
            Counters.bump(h, VERSION);
          }
          return changed > 0;
        });
  }

  @Override
  public void rename(long id, String name) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("UPDATE sections SET name = :name WHERE id = :id")
              .bind("name", name)
              .bind("id", id)
              .execute();
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public void reorder(List<Long> idsInOrder) {
    jdbi.useTransaction(
        h -> {
          var update = h.prepareBatch("UPDATE sections SET position = :position WHERE id = :id");
          for (int i = 0; i < idsInOrder.size(); i++) {
            update.bind("position", i).bind("id", idsInOrder.get(i)).add();
          }
          if (!idsInOrder.isEmpty()) {
            update.execute();
          }
          Counters.bump(h, VERSION);
        });
  }

  @Override
  public long version() {
    return jdbi.withHandle(h -> Counters.read(h, VERSION));
  }
}
