package org.dateline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.edition.Editions;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.section.Sections;
import org.dateline.shared.Html;
import org.dateline.shared.Text;

/**
 * Makes stories of incoming items, for the desk's "take" and "publish as is" and for the rules: a
 * newsroom draft, or a public story credited to the provider. Each (item, version, kind, edition)
 * is used once: the use is claimed first (a unique key), so a version taken or routed twice makes
 * one story. Callers run it inside their transaction. Refusals come back as values, checked before
 * anything is written, so a rule that cannot act never undoes the item's storing.
 */
final class ItemStories {
  private final Stories stories;
  private final Articles articles;
  private final Sections sections;
  private final Editions editions;
  private final IncomingRepository items;
  private final Clock clock;

  ItemStories(
      Stories stories,
      Articles articles,
      Sections sections,
      Editions editions,
      IncomingRepository items,
      Clock clock) {
    this.stories = stories;
    this.articles = articles;
    this.sections = sections;
    this.editions = editions;
    this.items = items;
    this.clock = clock;
  }

  /** What to make: the item and its row, the edition, and the section and byline to give it. */
  record Target(
      String provider,
      IncomingRepository.Stored row,
      IncomingItem item,
      String edition,
      String section,
      String byline,
      Optional<Long> ruleId) {}

  /** The use made (or found: made before), or why nothing could be made. */
  record Made(Optional<ItemUse> use, boolean fresh, String refusal) {
    static Made refused(String why) {
      return new Made(Optional.empty(), false, why);
    }
  }

  /** A newsroom draft of the item, written by {@code user}. */
  Made draft(Target t, User user) {
    if (!user.can(Permission.WRITE_OWN)) {
      return Made.refused(user.name() + " cannot write stories");
    }
    Optional<String> wrong = sections.refusal(t.section());
    if (wrong.isPresent()) {
      return Made.refused(wrong.get());
    }
    Draft draft = draftOf(t);
    String version = Incoming.versionKey(t.row());
    Instant now = clock.instant();
    ItemUse claim =
        new ItemUse(
            t.row().id(),
            version,
            ItemUse.Kind.DRAFT,
            t.edition(),
            Optional.empty(),
            Optional.empty(),
            t.ruleId(),
            Optional.of(user.id()),
            now);
    if (!items.addUse(claim)) {
      return new Made(items.use(t.row().id(), version, ItemUse.Kind.DRAFT, t.edition()), false, "");
    }
    // In the edition it was taken or routed into (decision 0087); empty is the default one.
    Story story =
        stories.create(draft, user, editions.byCode(t.edition()).orElse(editions.current()).code());
    ItemUse made =
        new ItemUse(
            claim.itemId(),
            version,
            claim.kind(),
            claim.edition(),
            Optional.of(story.id()),
            Optional.empty(),
            claim.ruleId(),
            claim.userId(),
            now);
    items.completeUse(made);
    return new Made(Optional.of(made), true, "");
  }

  /** A public story of the item, now, credited to its provider. */
  Made publish(Target t, Optional<Long> userId) {
    Optional<String> wrong = sections.refusal(t.section());
    if (wrong.isPresent()) {
      return Made.refused(wrong.get());
    }
    Optional<String> killed = killedBefore(t.row().id());
    if (killed.isPresent()) {
      return Made.refused(killed.get());
    }
    // A story is filed by its language (decision 0068): routed to an edition, it is written in
    // that edition's language and lands there (decision 0087); else the item's language decides.
    String language =
        editions
            .byCode(t.edition())
            .map(e -> e.language())
            .orElse(
                t.item().language().isEmpty()
                    ? editions.current().language()
                    : t.item().language());
    Optional<String> unfit = unfit(draftOf(t));
    if (unfit.isPresent()) {
      return Made.refused(unfit.get());
    }
    ArticleContent content = draftOf(t).toContent(language);
    String version = Incoming.versionKey(t.row());
    Instant now = clock.instant();
    ItemUse claim =
        new ItemUse(
            t.row().id(),
            version,
            ItemUse.Kind.PUBLISHED,
            t.edition(),
            Optional.empty(),
            Optional.empty(),
            t.ruleId(),
            userId,
            now);
    if (!items.addUse(claim)) {
      return new Made(
          items.use(t.row().id(), version, ItemUse.Kind.PUBLISHED, t.edition()), false, "");
    }
    Articles.Published published =
        articles.publish(content, now, Optional.of(sourceKey(t.provider(), t.row().guid())));
    ItemUse made =
        new ItemUse(
            claim.itemId(),
            version,
            claim.kind(),
            claim.edition(),
            Optional.empty(),
            Optional.of(published.article().id().value()),
            claim.ruleId(),
            userId,
            now);
    items.completeUse(made);
    return new Made(Optional.of(made), true, "");
  }

  /** The key that ties a provider's item to its public story, so a newer version updates it. */
  static String sourceKey(String provider, String guid) {
    return "ingest:" + provider + ":" + guid;
  }

  /** Why an item published before may not be published again: its story was killed since. */
  private Optional<String> killedBefore(long itemId) {
    for (ItemUse u : items.uses(itemId)) {
      if (u.articleId().isPresent()) {
        Optional<Article> a = articles.find(new ArticleId(u.articleId().get()));
        if (a.isPresent() && !a.get().isPublic()) {
          return Optional.of(
              "story " + u.articleId().get() + " of this item was taken down: not published again");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The item as a newsroom draft: its headline and summary (cut to what a story allows), the rule's
   * section, the rule's byline or the item's or else the provider's, a dateline crediting the
   * provider, its body (a summary-only item gets its summary as the paragraph), urgency 1 to 8, and
   * its pictures stored here (decision 0084): the first as the lead photo, before the body, the
   * others after it, each with its caption, credit and alt text. A refused picture is left out, and
   * the partner's address is never used.
   */
  Draft draftOf(Target t) {
    IncomingItem item = t.item();
    List<String> bylines =
        !t.byline().isEmpty()
            ? List.of(t.byline())
            : item.bylines().isEmpty() ? List.of(t.provider()) : item.bylines();
    List<Block> body = new ArrayList<>(item.body());
    boolean noParagraph = body.stream().noneMatch(Block.Paragraph.class::isInstance);
    if (noParagraph && !item.summary().isEmpty()) {
      body.add(0, new Block.Paragraph(Html.escape(item.summary())));
    }
    List<Block.Photo> photos = photos(t.row().id());
    if (!photos.isEmpty()) {
      body.add(0, photos.get(0));
      body.addAll(photos.subList(1, photos.size()));
    }
    int urgency = item.urgency() == 0 ? 5 : Math.min(8, item.urgency());
    String place = item.dateline();
    return new Draft(
        cut(item.headline(), ArticleContent.MAX_HEADLINE),
        cut(item.summary(), Draft.MAX_SUMMARY),
        t.section(),
        bylines,
        place,
        "",
        place.isEmpty() ? "" : t.provider(),
        body,
        List.of(),
        urgency);
  }

  /** The item's stored pictures as photo blocks, in order. */
  private List<Block.Photo> photos(long itemId) {
    List<Block.Photo> out = new ArrayList<>();
    for (ItemPicture p : items.pictures(itemId)) {
      p.photo()
          .ifPresent(
              photo ->
                  out.add(
                      new Block.Photo(
                          photo.src(),
                          photo.srcset(),
                          photo.width(),
                          photo.height(),
                          p.alt().isEmpty() ? "Picture" : p.alt(),
                          p.caption(),
                          p.credit())));
    }
    return out;
  }

  /** Why the draft cannot go out as it is (the checks of {@link Draft#toContent}), if it cannot. */
  private static Optional<String> unfit(Draft d) {
    if (d.headline().isEmpty()) {
      return Optional.of("the item has no headline");
    }
    boolean paragraph =
        d.body().stream()
            .anyMatch(b -> b instanceof Block.Paragraph p && !Text.isBlank(Html.toText(p.html())));
    return paragraph ? Optional.empty() : Optional.of("the item has no paragraph of text");
  }

  private static String cut(String text, int max) {
    if (Text.length(text) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + "…";
  }
}
