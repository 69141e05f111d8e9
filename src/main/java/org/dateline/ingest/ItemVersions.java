package org.dateline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.ItemJson;
import org.dateline.storage.Transactions;

/**
 * Stores one item of a provider by the version rule: a first version is added, a newer one replaces
 * it, an older or identical copy is ignored, a canceled one kills it (with a notice naming what was
 * made of it). The pictures of a new or newer usable version are fetched first, outside the
 * transaction (at most {@link #MAX_PICTURES}; a refused one is logged and recorded, and the item
 * still goes in), and written with the version; each stored version is routed in the same
 * transaction. Thread-safe: state lives in the store.
 */
final class ItemVersions {
  /** The most pictures fetched for one item. */
  static final int MAX_PICTURES = 8;

  private final ProviderRepository providers;
  private final IncomingRepository items;
  private final Transactions transactions;
  private final Routing routing;
  private final PictureFetch pictures;
  private final Clock clock;

  ItemVersions(
      ProviderRepository providers,
      IncomingRepository items,
      Transactions transactions,
      Routing routing,
      PictureFetch pictures,
      Clock clock) {
    this.providers = providers;
    this.items = items;
    this.transactions = transactions;
    this.routing = routing;
    this.pictures = pictures;
    this.clock = clock;
  }

  /** What storing one item did. */
  enum Stored {
    ADDED,
    UPDATED,
    KILLED,
    IGNORED
  }

  /**
   * An item made ready to store: its content hash (computed once: it writes the item's content as
   * JSON), and its pictures fetched when its version will be kept.
   */
  record Ready(IncomingItem item, String hash, Optional<List<ItemPicture>> fetched) {}

  /**
   * Fetches the item's pictures, outside any transaction (the write lock is never held over the
   * network), and only for a version that will be kept: an ignored copy or a kill fetches nothing.
   */
  Ready ready(Provider provider, IncomingItem item) {
    boolean canceled = item.status() == IncomingItem.Status.CANCELED;
    String hash = item.contentHash();
    return new Ready(
        item,
        hash,
        !canceled
                && (item.pictures().isEmpty() // nothing to fetch: no need to look at the store
                    || isNewer(items.find(provider.id(), item.guid()), item, hash))
            ? Optional.of(fetch(provider, item))
            : Optional.empty());
  }

  /** Stores a ready item by the version rule, in the caller's transaction or its own. */
  Stored store(Provider provider, Ready ready, Instant now) {
    IncomingItem item = ready.item();
    Optional<List<ItemPicture>> fetched = ready.fetched();
    String hash = ready.hash();
    boolean canceled = item.status() == IncomingItem.Status.CANCELED;
    IncomingState state = canceled ? IncomingState.KILLED : IncomingState.NEW;
    String notice =
        canceled ? "Canceled by " + provider.name() + " at " + now + ": do not use." : null;
    return transactions.inTransaction(
        () -> {
          Optional<IncomingRepository.Stored> old = items.find(provider.id(), item.guid());
          var row =
              new IncomingRepository.Stored(
                  0,
                  provider.id(),
                  item.guid(),
                  item.version(),
                  item.versionTime().map(Instant::toEpochMilli),
                  hash,
                  state,
                  item.headline(),
                  item.urgency(),
                  item.language(),
                  ItemJson.write(item),
                  notice,
                  old.map(IncomingRepository.Stored::receivedAt).orElse(now.toEpochMilli()),
                  now.toEpochMilli(),
                  now.plus(Incoming.KEEP).toEpochMilli());
          if (old.isEmpty()) {
            if (items.insert(row)) {
              route(provider, item, fetched);
              return canceled ? Stored.KILLED : Stored.ADDED;
            }
            old = items.find(provider.id(), item.guid()); // another writer came first
          }
          IncomingRepository.Stored before = old.orElseThrow();
          if (!isNewer(old, item, hash)) {
            return Stored.IGNORED;
          }
          IncomingState next = canceled ? IncomingState.KILLED : IncomingState.UPDATED;
          String kept = canceled ? killNotice(provider, before, now) : notice;
          items.update(
              new IncomingRepository.Stored(
                  before.id(),
                  row.providerId(),
                  row.guid(),
                  row.version(),
                  row.versionAt(),
                  row.contentHash(),
                  next,
                  row.headline(),
                  row.urgency(),
                  row.language(),
                  row.itemJson(),
                  kept,
                  before.receivedAt(),
                  row.updatedAt(),
                  row.expiresAt()));
          route(provider, item, fetched);
          return canceled ? Stored.KILLED : Stored.UPDATED;
        });
  }

  /** Writes the version's pictures (a kill keeps the last ones), then routes the version. */
  private void route(Provider provider, IncomingItem item, Optional<List<ItemPicture>> fetched) {
    IncomingRepository.Stored stored = items.find(provider.id(), item.guid()).orElseThrow();
    if (item.status() != IncomingItem.Status.CANCELED) {
      // A version that raced past the check above was not fetched for: it is stored without.
      items.replacePictures(stored.id(), fetched.orElse(List.of()));
    }
    routing.route(provider, stored, item);
  }

  private static boolean isNewer(
      Optional<IncomingRepository.Stored> old, IncomingItem item, String hash) {
    return old.isEmpty()
        || VersionRule.isNewer(
            old.get().version(),
            old.get().versionAt().map(Instant::ofEpochMilli),
            old.get().contentHash(),
            item.version(),
            item.versionTime(),
            hash);
  }

  /**
   * Fetches the item's first {@link #MAX_PICTURES} pictures, each from its best rendition; a
   * refused one leaves a line in the provider's log naming the item and the reason.
   */
  private List<ItemPicture> fetch(Provider provider, IncomingItem item) {
    List<ItemPicture> out = new ArrayList<>();
    List<IncomingItem.Picture> all = item.pictures();
    for (int i = 0; i < Math.min(MAX_PICTURES, all.size()); i++) {
      IncomingItem.Picture p = all.get(i);
      String href = href(p);
      PictureFetch.Fetched f =
          href.isEmpty()
              ? PictureFetch.Fetched.refused("the picture has no web address")
              : pictures.fetch(provider, href);
      Instant at = clock.instant();
      if (f.photo().isEmpty()) {
        providers.log(
            provider.id(),
            at,
            item.guid() + ": picture " + (i + 1) + " (" + href + ") refused: " + f.problem());
      }
      String alt = p.caption().isEmpty() ? item.headline() : p.caption();
      out.add(new ItemPicture(i, href, f.photo(), f.problem(), p.caption(), p.credit(), alt, at));
    }
    return out;
  }

  /**
   * The rendition to fetch: the widest up to the widest photo kept (2,400 pixels), else the
   * narrowest wider one, else the first of unknown width, else the picture's own address when it is
   * a web address.
   */
  static String href(IncomingItem.Picture p) {
    List<IncomingItem.Rendition> known =
        p.renditions().stream().filter(r -> r.width() > 0 && !notImage(r)).toList();
    Optional<IncomingItem.Rendition> best =
        known.stream()
            .filter(r -> r.width() <= 2400)
            .max(Comparator.comparingInt(IncomingItem.Rendition::width))
            .or(() -> known.stream().min(Comparator.comparingInt(IncomingItem.Rendition::width)))
            .or(() -> p.renditions().stream().filter(r -> !notImage(r)).findFirst());
    if (best.isPresent()) {
      return best.get().href();
    }
    String uri = p.uri();
    return uri.startsWith("https://") || uri.startsWith("http://") ? uri : "";
  }

  private static boolean notImage(IncomingItem.Rendition r) {
    return !r.mediaType().isEmpty() && !r.mediaType().startsWith("image/");
  }

  /**
   * The notice a kill leaves: for an item a story was made of, which stories to check — a kill is
   * never carried out on them silently (issue 14 point 3).
   */
  private String killNotice(Provider provider, IncomingRepository.Stored before, Instant now) {
    List<String> made = new ArrayList<>();
    for (ItemUse u : items.uses(before.id())) {
      u.articleId().ifPresent(id -> made.add("published as story " + id));
      u.storyId().ifPresent(id -> made.add("taken as newsroom story " + id));
    }
    String base = "Canceled by " + provider.name() + " at " + now + ": do not use.";
    return made.isEmpty()
        ? base
        : base + " It was " + String.join(", ", made) + ": check it and kill or correct it.";
  }
}
