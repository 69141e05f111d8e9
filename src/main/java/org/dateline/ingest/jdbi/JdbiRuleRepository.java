package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.Rule;
import org.dateline.ingest.RuleAction;
import org.dateline.ingest.RuleFilter;
import org.dateline.ingest.RuleRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** The routing rules in {@code ingest_rules} and their matches in {@code ingest_rule_matches}. */
final class JdbiRuleRepository implements RuleRepository {
  private static final String COLUMNS =
      "id, position, name, provider_id, combine, languages, max_urgency, subjects, words, mode,"
          + " edition, section, byline, stop, updated_by, updated_at";

  private final Jdbi jdbi;

  JdbiRuleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Rule> ordered() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM ingest_rules ORDER BY position, id")
                .map(JdbiRuleRepository::rule)
                .list());
  }

  @Override
  public Optional<Rule> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM ingest_rules WHERE id = :id")
                .bind("id", id)
                .map(JdbiRuleRepository::rule)
                .findOne());
  }

  @Override
  public long insert(Rule rule) {
    return jdbi.withHandle(
        h -> {
          int last =
              h.createQuery("SELECT COALESCE(MAX(position), 0) FROM ingest_rules")
                  .mapTo(Integer.class)
                  .one();
          return bind(
                  h.createUpdate(
                      """
                      INSERT INTO ingest_rules(position, name, provider_id, combine, languages,
                        max_urgency, subjects, words, mode, edition, section, byline, stop,
                        updated_by, updated_at)
                      VALUES (:position, :name, :provider, :combine, :languages, :urgency,
                        :subjects, :words, :mode, :edition, :section, :byline, :stop, :by, :at)
                      """),
                  rule)
              .bind("position", last + 1)
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one();
        });
  }

  @Override
  public boolean update(Rule rule) {
    return jdbi.withHandle(
            h ->
                bind(
                        h.createUpdate(
                            """
                            UPDATE ingest_rules SET name = :name, provider_id = :provider,
                              combine = :combine, languages = :languages, max_urgency = :urgency,
                              subjects = :subjects, words = :words, mode = :mode,
                              edition = :edition, section = :section, byline = :byline,
                              stop = :stop, updated_by = :by, updated_at = :at
                            WHERE id = :id
                            """),
                        rule)
                    .bind("id", rule.id())
                    .execute())
        > 0;
  }

  @Override
  public boolean delete(long id) {
    return jdbi.withHandle(
        h -> {
          h.createUpdate("DELETE FROM ingest_rule_matches WHERE rule_id = :id")
              .bind("id", id)
              .execute();
          return h.createUpdate("DELETE FROM ingest_rules WHERE id = :id").bind("id", id).execute()
              > 0;
        });
  }

  @Override
  public void reorder(List<Long> ids) {
    jdbi.useHandle(
        h -> {
          int position = 1;
          for (long id : ids) {
            h.createUpdate("UPDATE ingest_rules SET position = :position WHERE id = :id")
                .bind("position", position++)
                .bind("id", id)
                .execute();
          }
        });
  }

  @Override
  public boolean claim(long ruleId, long itemId, String version, Instant at) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        """
                        INSERT INTO ingest_rule_matches(rule_id, item_id, version, at, outcome)
                        VALUES (:rule, :item, :version, :at, '')
                        ON CONFLICT (rule_id, item_id, version) DO NOTHING
                        """)
                    .bind("rule", ruleId)
                    .bind("item", itemId)
                    .bind("version", version)
                    .bind("at", at.toEpochMilli())
                    .execute())
        > 0;
  }

  @Override
  public void outcome(long ruleId, long itemId, String version, String outcome) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE ingest_rule_matches SET outcome = :outcome
                    WHERE rule_id = :rule AND item_id = :item AND version = :version
                    """)
                .bind("outcome", outcome)
                .bind("rule", ruleId)
                .bind("item", itemId)
                .bind("version", version)
                .execute());
  }

  @Override
  public List<RuleMatch> recent(long ruleId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT m.item_id, p.name, i.headline, m.at, m.outcome
                    FROM ingest_rule_matches m
                    JOIN incoming_items i ON i.id = m.item_id
                    JOIN providers p ON p.id = i.provider_id
                    WHERE m.rule_id = :rule
                    ORDER BY m.id DESC
                    LIMIT :limit
                    """)
                .bind("rule", ruleId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new RuleMatch(
                            rs.getLong("item_id"),
                            rs.getString("name"),
                            rs.getString("headline"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getString("outcome")))
                .list());
  }

  private static Update bind(Update u, Rule rule) {
    RuleFilter f = rule.filter();
    RuleAction a = rule.action();
    return u.bind("name", rule.name())
        .bind("provider", rule.providerId().orElse(null))
        .bind("combine", f.combine().word())
        .bind("languages", String.join(",", f.languages()))
        .bind("urgency", f.maxUrgency())
        .bind("subjects", String.join(",", f.subjects()))
        .bind("words", String.join(",", f.words()))
        .bind("mode", a.mode().word())
        .bind("edition", a.edition())
        .bind("section", a.section())
        .bind("byline", a.byline())
        .bind("stop", a.stop() ? 1 : 0)
        .bind("by", rule.updatedBy())
        .bind("at", rule.updatedAt().toEpochMilli());
  }

  private static Rule rule(ResultSet rs, StatementContext ctx) throws SQLException {
    long provider = rs.getLong("provider_id");
    Optional<Long> providerId = rs.wasNull() ? Optional.empty() : Optional.of(provider);
    return new Rule(
        rs.getLong("id"),
        rs.getInt("position"),
        rs.getString("name"),
        providerId,
        new RuleFilter(
            RuleFilter.Combine.of(rs.getString("combine")),
            split(rs.getString("languages")),
            rs.getInt("max_urgency"),
            split(rs.getString("subjects")),
            split(rs.getString("words"))),
        new RuleAction(
            RuleAction.Mode.of(rs.getString("mode")),
            rs.getString("edition"),
            rs.getString("section"),
            rs.getString("byline"),
            rs.getInt("stop") != 0),
        rs.getLong("updated_by"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
  }
}
