package org.dateline.ingest;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: the incoming items, one per (provider, guid), and their uses. */
public interface IncomingRepository {
  /** The stored item of a provider's guid, to compare versions (callers hold the write lock). */
  Optional<Stored> find(long providerId, String guid);

  /** The stored item of that id. */
  Optional<Stored> find(long id);

  /** Stores a first version; false when (provider, guid) exists already (a concurrent insert). */
  boolean insert(Stored row);

  /** Replaces the stored version of (provider, guid). */
  void update(Stored row);

  /** The newest items, of one provider or all, newest change first. */
  List<IncomingRow> newest(Optional<Long> providerId, int limit);

  /**
   * The desk: items by the filter, newest change first; items last changed before {@code
   * expiredBefore} (epoch ms) and never used count as expired.
   */
  List<DeskItem> desk(DeskFilter filter, long expiredBefore, int limit);

  /** One desk item by id, its state counted as on the desk. */
  Optional<DeskItem> deskItem(long id, long expiredBefore);

  /** Killed items that had been taken or published: the desk's notices, newest first. */
  List<DeskItem> killedAfterUse(int limit);

  /** Routes an item to an edition's desk. */
  void setEdition(long id, String edition);

  /** Records a use; false when that (item, version, kind, edition) has one already. */
  boolean addUse(ItemUse use);

  /** Fills in the story or public story a claimed use made. */
  void completeUse(ItemUse use);

  /** The use of (item, version, kind, edition), if any. */
  Optional<ItemUse> use(long itemId, String version, ItemUse.Kind kind, String edition);

  /** Replaces an item's pictures with those of its version just stored. */
  void replacePictures(long itemId, List<ItemPicture> pictures);

  /** An item's pictures (stored and refused), by position. */
  List<ItemPicture> pictures(long itemId);

  /** Every use of an item, oldest first. */
  List<ItemUse> uses(long itemId);

  /** The use that made this newsroom story, if it came from an incoming item. */
  Optional<ItemUse> useOfStory(long storyId);

  /** The provider's items' hours to stay on the desk (a setting), if set. */
  Optional<Integer> keepHours();

  /** Sets the hours items stay on the desk unless taken. */
  void keepHours(int hours);

  /** An item as stored: identity, what decides newer, and the item as JSON. */
  record Stored(
      long id,
      long providerId,
      String guid,
      long version,
      Optional<Long> versionAt,
      String contentHash,
      IncomingState state,
      String headline,
      int urgency,
      String language,
      String itemJson,
      @Nullable String notice, // none: null in the store
      long receivedAt,
      long updatedAt,
      long expiresAt) {}
}
