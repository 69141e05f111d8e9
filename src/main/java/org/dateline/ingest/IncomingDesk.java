package org.dateline.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.ItemJson;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.section.Sections;
import org.dateline.storage.Transactions;

/**
 * Facade: the incoming desk. Lists partners' items newest first by a filter, shows one as it would
 * look, takes one into the newsroom as a draft (keeping its source) or publishes it as it is
 * (editors), shows the notices of kills of items already used, and says where a newsroom story came
 * from. Items nobody took leave the desk's column after {@link #keep} (counted when read, so a
 * changed setting applies at once). Thread-safe: state lives in the store.
 */
public final class IncomingDesk {
  /** How long items stay on the desk unless taken, when no setting says otherwise. */
  public static final Duration DEFAULT_KEEP = Duration.ofHours(48);

  /** The most items the desk lists at once. */
  public static final int LIMIT = 200;

  private final IncomingRepository items;
  private final ProviderRepository providers;
  private final ItemStories made;
  private final Editions editions;
  private final Transactions tx;
  private final Clock clock;

  public IncomingDesk(
      IncomingRepository items,
      ProviderRepository providers,
      Stories stories,
      Articles articles,
      Sections sections,
      Editions editions,
      Transactions tx,
      Clock clock) {
    this.items = items;
    this.providers = providers;
    this.made = new ItemStories(stories, articles, sections, editions, items, clock);
    this.editions = editions;
    this.tx = tx;
    this.clock = clock;
  }

  /** An item with its full text, its pictures (stored or refused) and what was made of it. */
  public record Preview(
      DeskItem item, IncomingItem content, List<ItemPicture> pictures, List<ItemUse> uses) {}

  /** Where a newsroom story came from: provider, guid and version of its incoming item. */
  public record Source(long itemId, String provider, String guid, long version) {}

  /** The desk's items by the filter, newest change first. */
  public List<DeskItem> list(DeskFilter filter) {
    return items.desk(filter, expiredBefore(), LIMIT);
  }

  /** Killed items that had been taken or published, newest first: the desk's notices. */
  public List<DeskItem> notices() {
    return items.killedAfterUse(20);
  }

  /** One item, to preview. */
  public Optional<Preview> preview(long id) {
    return items
        .deskItem(id, expiredBefore())
        .flatMap(
            d ->
                items
                    .find(id)
                    .map(
                        s ->
                            new Preview(
                                d,
                                ItemJson.read(s.itemJson()),
                                items.pictures(id),
                                items.uses(id))));
  }

  /** Makes a newsroom draft of the item's current version in {@link #editionFor its edition}. */
  public ItemUse take(long id, User user) {
    return take(id, Optional.empty(), user);
  }

  /**
   * Makes a newsroom draft of the item's current version in the edition of this code, or in {@link
   * #editionFor the item's edition} when empty (the draft made before for that edition, if any).
   *
   * @throws RuleRefused for an unknown edition, an unknown or canceled item
   */
  public ItemUse take(long id, Optional<String> edition, User user) {
    return tx.inTransaction(
        () -> {
          ItemStories.Target routed = target(id);
          String chosen =
              edition
                  .filter(c -> !c.isBlank())
                  .map(
                      c ->
                          editions
                              .byCode(c.strip())
                              .orElseThrow(() -> new RuleRefused("There is no edition " + c + "."))
                              .code())
                  .orElseGet(() -> editionFor(id, Optional.empty()));
          // The routed edition's own value (empty for the default), so a draft a rule made of this
          // version for it is the one taken.
          ItemStories.Target t =
              sameEdition(chosen, routed.edition())
                  ? routed
                  : new ItemStories.Target(
                      routed.provider(),
                      routed.row(),
                      routed.item(),
                      chosen,
                      routed.section(),
                      routed.byline(),
                      routed.ruleId());
          ItemStories.Made m = made.draft(t, user);
          return m.use().orElseThrow(() -> new RuleRefused("Not taken: " + m.refusal() + "."));
        });
  }

  /**
   * The edition an item is taken into unless the editor chooses another (decision 0087): the
   * edition whose code is the item's language (or, failing that, its language without region or
   * script), else the desk's edition — the one a rule routed the item to, else {@code deskEdition}
   * (the edition the incoming desk is looking at) — else the default edition (also for an unknown
   * item).
   */
  public String editionFor(long id, Optional<String> deskEdition) {
    Optional<IncomingRepository.Stored> row = items.find(id);
    String language = row.map(r -> ItemJson.read(r.itemJson()).language()).orElse("").strip();
    if (!language.isEmpty()) {
      var exact = editions.byCode(language);
      if (exact.isPresent()) {
        return exact.get().code();
      }
      String primary = java.util.Locale.forLanguageTag(language).getLanguage();
      for (var e : editions.all()) {
        if (!primary.isEmpty()
            && java.util.Locale.forLanguageTag(e.code()).getLanguage().equals(primary)) {
          return e.code();
        }
      }
    }
    String routed = items.deskItem(id, 0).map(DeskItem::edition).orElse("");
    return editions
        .byCode(routed)
        .or(() -> deskEdition.flatMap(editions::byCode))
        .orElse(editions.current())
        .code();
  }

  /** Whether two edition codes name the same edition; empty is the default one. */
  private boolean sameEdition(String a, String b) {
    String d = editions.current().code();
    return (a.isEmpty() ? d : a).equalsIgnoreCase(b.isEmpty() ? d : b);
  }

  /** Publishes the item's current version as it is, credited to its provider (editors). */
  public ItemUse publish(long id, User user) {
    if (!user.can(Permission.PUBLISH)) {
      throw new RuleRefused("Only editors publish an item as it is.");
    }
    return tx.inTransaction(
        () -> {
          ItemStories.Target t = target(id);
          ItemStories.Made m = made.publish(t, Optional.of(user.id()));
          return m.use().orElseThrow(() -> new RuleRefused("Not published: " + m.refusal() + "."));
        });
  }

  /** The incoming item a newsroom story was made from, if it was. */
  public Optional<Source> sourceOf(long storyId) {
    return items
        .useOfStory(storyId)
        .flatMap(u -> items.find(u.itemId()))
        .flatMap(
            s ->
                providers
                    .find(s.providerId())
                    .map(p -> new Source(s.id(), p.name(), s.guid(), s.version())));
  }

  /** How long items stay on the desk unless taken. */
  public Duration keep() {
    return items.keepHours().map(h -> Duration.ofHours(h)).orElse(DEFAULT_KEEP);
  }

  /** Sets how long items stay on the desk unless taken (1 hour to a year). */
  public void keep(Duration keep) {
    long hours = keep.toHours();
    if (hours < 1 || hours > 24 * 366) {
      throw new RuleRefused("Keep items between 1 hour and a year, not " + hours + " hours.");
    }
    items.keepHours((int) hours);
  }

  private long expiredBefore() {
    return clock.instant().minus(keep()).toEpochMilli();
  }

  private ItemStories.Target target(long id) {
    IncomingRepository.Stored row =
        items.find(id).orElseThrow(() -> new RuleRefused("There is no incoming item " + id + "."));
    if (row.state() == IncomingState.KILLED) {
      throw new RuleRefused("The provider canceled this item: it may not be used.");
    }
    Provider p = providers.find(row.providerId()).orElseThrow();
    // Taken for the edition a rule routed it to: a draft a rule made of this version is the one.
    String edition = items.deskItem(id, 0).map(DeskItem::edition).orElse("");
    return new ItemStories.Target(
        p.name(), row, ItemJson.read(row.itemJson()), edition, "", "", Optional.empty());
  }
}
