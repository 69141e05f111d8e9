package org.dateline.ingest.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.ItemPicture;
import org.dateline.media.StoredPhoto;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** The pictures of incoming items in {@code incoming_pictures}, one per (item, position). */
final class ItemPictures {
  private ItemPictures() {}

  private static final String STORED = "stored";
  private static final String REFUSED = "refused";

  static void replace(Jdbi jdbi, long itemId, List<ItemPicture> pictures) {
    jdbi.useHandle(
        h -> {
          h.createUpdate("DELETE FROM incoming_pictures WHERE item_id = :item")
              .bind("item", itemId)
              .execute();
          if (pictures.isEmpty()) {
            return;
          }
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO incoming_pictures(item_id, position, href, state, photo_src,
                    photo_srcset, photo_width, photo_height, problem, caption, credit, alt,
                    fetched_at)
                  VALUES (:item, :position, :href, :state, :src, :srcset, :width, :height,
                    :problem, :caption, :credit, :alt, :at)
                  """);
          for (ItemPicture p : pictures) {
            batch
                .bind("item", itemId)
                .bind("position", p.position())
                .bind("href", p.href())
                .bind("state", p.stored() ? STORED : REFUSED)
                .bind("src", p.photo().map(StoredPhoto::src).orElse(""))
                .bind("srcset", p.photo().map(StoredPhoto::srcset).orElse(""))
                .bind("width", p.photo().map(StoredPhoto::width).orElse(0))
                .bind("height", p.photo().map(StoredPhoto::height).orElse(0))
                .bind("problem", p.problem())
                .bind("caption", p.caption())
                .bind("credit", p.credit())
                .bind("alt", p.alt())
                .bind("at", p.fetchedAt().toEpochMilli())
                .add();
          }
          batch.execute();
        });
  }

  static List<ItemPicture> of(Jdbi jdbi, long itemId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT position, href, state, photo_src, photo_srcset, photo_width,
                      photo_height, problem, caption, credit, alt, fetched_at
                    FROM incoming_pictures WHERE item_id = :item ORDER BY position
                    """)
                .bind("item", itemId)
                .map(ItemPictures::picture)
                .list());
  }

  private static ItemPicture picture(ResultSet rs, StatementContext ctx) throws SQLException {
    Optional<StoredPhoto> photo =
        STORED.equals(rs.getString("state"))
            ? Optional.of(
                new StoredPhoto(
                    rs.getString("photo_src"),
                    rs.getString("photo_srcset"),
                    rs.getInt("photo_width"),
                    rs.getInt("photo_height")))
            : Optional.empty();
    return new ItemPicture(
        rs.getInt("position"),
        rs.getString("href"),
        photo,
        rs.getString("problem"),
        rs.getString("caption"),
        rs.getString("credit"),
        rs.getString("alt"),
        Instant.ofEpochMilli(rs.getLong("fetched_at")));
  }
}
