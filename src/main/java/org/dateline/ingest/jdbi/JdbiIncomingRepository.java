package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.DeskFilter;
import org.dateline.ingest.DeskItem;
import org.dateline.ingest.IncomingRepository;
import org.dateline.ingest.IncomingRow;
import org.dateline.ingest.IncomingState;
import org.dateline.ingest.ItemPicture;
import org.dateline.ingest.ItemUse;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** The incoming items in {@code incoming_items}, unique by (provider, guid). */
final class JdbiIncomingRepository implements IncomingRepository {
  /** The setting of how long items stay on the desk. */
  private static final String KEEP_HOURS = "ingest.keep_hours";

  private final Jdbi jdbi;

  JdbiIncomingRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Stored> find(long providerId, String guid) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id, provider_id, guid, version, version_at, content_hash, state, headline,
                      urgency, language, item_json, notice, received_at, updated_at, expires_at
                    FROM incoming_items WHERE provider_id = :provider AND guid = :guid
                    """)
                .bind("provider", providerId)
                .bind("guid", guid)
                .map(JdbiIncomingRepository::stored)
                .findOne());
  }

  @Override
  public boolean insert(Stored row) {
    // ON CONFLICT ... DO NOTHING: the unique (provider, guid) decides between concurrent writers,
    // the same on SQLite and PostgreSQL.
    return jdbi.withHandle(
            h ->
                bind(
                        h.createUpdate(
                            """
                            INSERT INTO incoming_items(provider_id, guid, version, version_at,
                              content_hash, state, headline, urgency, language, item_json, notice,
                              received_at, updated_at, expires_at)
                            VALUES (:provider, :guid, :version, :versionAt, :hash, :state,
                              :headline, :urgency, :language, :json, :notice, :receivedAt,
                              :updatedAt, :expiresAt)
                            ON CONFLICT (provider_id, guid) DO NOTHING
                            """),
                        row)
                    .execute())
        > 0;
  }

  @Override
  public void update(Stored row) {
    jdbi.useHandle(
        h ->
            bind(
                    h.createUpdate(
                        """
                        UPDATE incoming_items SET version = :version, version_at = :versionAt,
                          content_hash = :hash, state = :state, headline = :headline,
                          urgency = :urgency, language = :language, item_json = :json,
                          notice = :notice, received_at = :receivedAt, updated_at = :updatedAt,
                          expires_at = :expiresAt
                        WHERE provider_id = :provider AND guid = :guid
                        """),
                    row)
                .execute());
  }

  @Override
  public List<IncomingRow> newest(Optional<Long> providerId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT p.name, i.guid, i.version, i.headline, i.urgency, i.state, i.notice,
                      i.updated_at
                    FROM incoming_items i JOIN providers p ON p.id = i.provider_id
                    WHERE (:provider < 0 OR i.provider_id = :provider)
                    ORDER BY i.updated_at DESC, i.id DESC
                    LIMIT :limit
                    """)
                .bind("provider", providerId.orElse(-1L))
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new IncomingRow(
                            rs.getString("name"),
                            rs.getString("guid"),
                            rs.getLong("version"),
                            rs.getString("headline"),
                            rs.getInt("urgency"),
                            IncomingState.of(rs.getString("state")),
                            rs.getString("notice") == null ? "" : rs.getString("notice"),
                            Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list());
  }

  @Override
  public Optional<Stored> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id, provider_id, guid, version, version_at, content_hash, state,
                      headline, urgency, language, item_json, notice, received_at, updated_at,
                      expires_at
                    FROM incoming_items WHERE id = :id
                    """)
                .bind("id", id)
                .map(JdbiIncomingRepository::stored)
                .findOne());
  }

  @Override
  public List<DeskItem> desk(DeskFilter filter, long expiredBefore, int limit) {
    return DeskQueries.desk(jdbi, filter, expiredBefore, limit);
  }

  @Override
  public Optional<DeskItem> deskItem(long id, long expiredBefore) {
    return DeskQueries.one(jdbi, id, expiredBefore);
  }

  @Override
  public List<DeskItem> killedAfterUse(int limit) {
    return DeskQueries.killedAfterUse(jdbi, limit);
  }

  @Override
  public void setEdition(long id, String edition) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE incoming_items SET edition = :edition WHERE id = :id")
                .bind("edition", edition)
                .bind("id", id)
                .execute());
  }

  @Override
  public boolean addUse(ItemUse use) {
    return ItemUses.add(jdbi, use);
  }

  @Override
  public void completeUse(ItemUse use) {
    ItemUses.complete(jdbi, use);
  }

  @Override
  public Optional<ItemUse> use(long itemId, String version, ItemUse.Kind kind, String edition) {
    return ItemUses.find(jdbi, itemId, version, kind, edition);
  }

  @Override
  public void replacePictures(long itemId, List<ItemPicture> pictures) {
    ItemPictures.replace(jdbi, itemId, pictures);
  }

  @Override
  public List<ItemPicture> pictures(long itemId) {
    return ItemPictures.of(jdbi, itemId);
  }

  @Override
  public List<ItemUse> uses(long itemId) {
    return ItemUses.of(jdbi, itemId);
  }

  @Override
  public Optional<ItemUse> useOfStory(long storyId) {
    return ItemUses.ofStory(jdbi, storyId);
  }

  @Override
  public Optional<Integer> keepHours() {
    return jdbi.withHandle(h -> Settings.get(h, KEEP_HOURS))
        .filter(v -> v.matches("[0-9]{1,6}")) // anything else: the default applies
        .map(Integer::parseInt);
  }

  @Override
  public void keepHours(int hours) {
    jdbi.useHandle(h -> Settings.put(h, KEEP_HOURS, Integer.toString(hours)));
  }

  private static Update bind(Update u, Stored row) {
    return u.bind("provider", row.providerId())
        .bind("guid", row.guid())
        .bind("version", row.version())
        .bind("versionAt", row.versionAt().orElse(null))
        .bind("hash", row.contentHash())
        .bind("state", row.state().word())
        .bind("headline", row.headline())
        .bind("urgency", row.urgency())
        .bind("language", row.language())
        .bind("json", row.itemJson())
        .bind("notice", row.notice())
        .bind("receivedAt", row.receivedAt())
        .bind("updatedAt", row.updatedAt())
        .bind("expiresAt", row.expiresAt());
  }

  private static Stored stored(ResultSet rs, StatementContext ctx) throws SQLException {
    long versionAt = rs.getLong("version_at");
    Optional<Long> at = rs.wasNull() ? Optional.empty() : Optional.of(versionAt);
    return new Stored(
        rs.getLong("id"),
        rs.getLong("provider_id"),
        rs.getString("guid"),
        rs.getLong("version"),
        at,
        rs.getString("content_hash"),
        IncomingState.of(rs.getString("state")),
        rs.getString("headline"),
        rs.getInt("urgency"),
        rs.getString("language"),
        rs.getString("item_json"),
        rs.getString("notice") == null ? "" : rs.getString("notice"),
        rs.getLong("received_at"),
        rs.getLong("updated_at"),
        rs.getLong("expires_at"));
  }
}
