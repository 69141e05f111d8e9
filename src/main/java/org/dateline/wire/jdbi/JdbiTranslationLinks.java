package org.dateline.wire.jdbi;

import java.util.Optional;
import org.dateline.wire.TranslationLinks;
import org.jdbi.v3.core.Jdbi;

/**
 * A story's translation group from its newsroom story ({@code stories.translation_group}, V25) and
 * the source it was translated from ({@code stories.translated_from}) when that source's public
 * record is published. One indexed lookup per rendered item (the wire renders a version once).
 */
final class JdbiTranslationLinks implements TranslationLinks {
  private final Jdbi jdbi;

  JdbiTranslationLinks(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Link> of(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT s.translation_group, src.id, src.slug, src.language, src.edition
                    FROM stories s
                    LEFT JOIN stories f ON f.id = s.translated_from
                    LEFT JOIN articles src ON src.id = f.article_id AND src.state = 'published'
                    WHERE s.article_id = :id AND s.translation_group IS NOT NULL AND s.translation_group <> ''
                    """)
                .bind("id", articleId)
                .map(
                    (rs, ctx) -> {
                      long sourceId = rs.getLong(2);
                      Optional<Source> source =
                          rs.wasNull()
                              ? Optional.empty()
                              : Optional.of(
                                  new Source(
                                      sourceId, rs.getString(3), rs.getString(4), rs.getString(5)));
                      return new Link(rs.getString(1), source);
                    })
                .findFirst());
  }
}
