package org.dateline.article.jdbi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleVersion;
import org.dateline.article.ArticleVersionRepository;
import org.dateline.article.format.ArticleJson;
import org.dateline.changelog.ChangeAction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Published versions in {@code article_versions}: one JSON snapshot per (story, version). */
final class JdbiArticleVersions implements ArticleVersionRepository {
  /** Rows per multi-row insert: 8 values each, well under any database's parameter limit. */
  private static final int ROWS_PER_INSERT = 400;

  private final Jdbi jdbi;

  JdbiArticleVersions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void saveAll(List<ArticleVersion> versions) {
    if (versions.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          for (int from = 0; from < versions.size(); from += ROWS_PER_INSERT) {
            List<ArticleVersion> chunk =
                versions.subList(from, Math.min(versions.size(), from + ROWS_PER_INSERT));
            StringBuilder sql =
                new StringBuilder(
                    "INSERT INTO article_versions"
                        + "(article_id, version, action, at, section, language, note, snapshot)"
                        + " VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
              sql.append(i == 0 ? "" : ", ")
                  .append(
                      "(:a%1$d, :v%1$d, :action%1$d, :at%1$d, :section%1$d, :lang%1$d, :note%1$d, :snap%1$d)"
                          .formatted(i));
            }
            Update insert = h.createUpdate(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
              ArticleVersion v = chunk.get(i);
              insert
                  .bind("a" + i, v.article().id().value())
                  .bind("v" + i, v.version())
                  .bind("action" + i, v.action().code())
                  .bind("at" + i, v.at().toEpochMilli())
                  .bind("section" + i, v.article().section().map(s -> s.slug()).orElse(""))
                  .bind("lang" + i, v.article().content().language())
                  .bind("note" + i, v.note().orElse(null))
                  .bind("snap" + i, ArticleJson.write(v.article()));
            }
            insert.execute();
          }
        });
  }

  @Override
  public void setVersion(ArticleId id, int version) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE articles SET version = :v WHERE id = :id")
                .bind("v", version)
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<ArticleVersion> find(ArticleId id, int version) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT action, at, note, snapshot FROM article_versions"
                        + " WHERE article_id = :id AND version = :v")
                .bind("id", id.value())
                .bind("v", version)
                .map(
                    (rs, ctx) ->
                        new ArticleVersion(
                            ArticleJson.read(rs.getString("snapshot")),
                            ChangeAction.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            Optional.ofNullable(rs.getString("note"))))
                .findOne());
  }

  @Override
  public Optional<Instant> firstAt(ArticleId id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT at FROM article_versions WHERE article_id = :id"
                        + " ORDER BY version LIMIT 1")
                .bind("id", id.value())
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
  }

  @Override
  public Map<VersionKey, Facts> facts(Collection<VersionKey> keys) {
    Map<VersionKey, Facts> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    List<Long> ids = keys.stream().map(VersionKey::articleId).distinct().toList();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT v.article_id, v.version, v.section, v.language,"
                        + " COALESCE(a.edition, '') FROM article_versions v"
                        + " JOIN articles a ON a.id = v.article_id"
                        + " WHERE v.article_id IN (<ids>)")
                .bindList("ids", ids)
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            new VersionKey(rs.getLong(1), rs.getInt(2)),
                            new Facts(rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(
                    e -> {
                      if (keys.contains(e.getKey())) {
                        out.put(e.getKey(), e.getValue());
                      }
                    }));
    return out;
  }
}
