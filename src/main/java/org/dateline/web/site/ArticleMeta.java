package org.dateline.web.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Subject;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;
import org.dateline.shared.Html;
import org.dateline.shared.SafeHtml;
import org.dateline.web.site.Model.Social;

/**
 * What an article page tells search engines and sharing sites, computed from the story as the wire
 * sees it (absolute URLs, the lead photo's renditions): Open Graph and Twitter card tags, and
 * schema.org {@code NewsArticle} and {@code BreadcrumbList} as JSON-LD. One small method each.
 * Stateless and thread-safe.
 */
final class ArticleMeta {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleMeta() {}

  /** Where the article sits: the site's name, home page, logo, and the story's section page. */
  record Place(String siteName, String homeUrl, String logoUrl, ZoneId zone, String home) {}

  /**
   * What search engines and sharing cards call the story: the editors' search title and description
   * when they chose them (decision 0080), else the headline and the summary.
   */
  record Titles(String headline, String description) {
    /** The story's own headline and summary. */
    static Titles of(WireItem item) {
      return new Titles(item.headline(), item.teaser());
    }
  }

  /** The sharing tags and structured data of {@code item}. */
  static Social social(WireItem item, Place place) {
    return social(item, place, Titles.of(item), a -> {});
  }

  /**
   * The sharing tags and structured data of {@code item}, under these titles, {@code more} adding
   * to its {@code NewsArticle} (its translations, decision 0077).
   */
  static Social social(
      WireItem item, Place place, Titles titles, java.util.function.Consumer<ObjectNode> more) {
    Optional<WirePhoto.Rendition> image = item.leadPhoto().map(WirePhoto::largest);
    return new Social(
        image.map(WirePhoto.Rendition::href).orElse(""),
        image.map(WirePhoto.Rendition::width).orElse(0),
        image.map(WirePhoto.Rendition::height).orElse(0),
        item.leadPhoto().map(WirePhoto::alt).orElse(""),
        image.isPresent() ? "summary_large_image" : "summary",
        withOffset(item.firstCreated(), place.zone()),
        withOffset(item.versionCreated(), place.zone()),
        item.section().map(Subject::name).orElse(""),
        item.topics().stream().map(Subject::name).toList(),
        item.bylines().stream().flatMap(b -> b.url().stream()).toList(),
        scriptElement(jsonLd(item, place, titles, more)));
  }

  /** A cropped social card: its absolute address and size. */
  record Card(String href, int width, int height) {}

  static Card card(String href, org.dateline.article.Block.Crop crop) {
    return new Card(href, crop.width(), crop.height());
  }

  /**
   * The sharing tags with the social card cropped around the lead photo's focal point (decision
   * 0072) in place of the whole photo, when there is one.
   */
  static Social withCard(Social s, Optional<Card> card) {
    if (card.isEmpty() || s.imageUrl().isEmpty()) {
      return s;
    }
    Card c = card.get();
    return new Social(
        c.href(),
        c.width(),
        c.height(),
        s.imageAlt(),
        s.twitterCard(),
        s.publishedTime(),
        s.modifiedTime(),
        s.section(),
        s.tags(),
        s.authors(),
        s.jsonLd());
  }

  /** An instant in the edition's zone with its offset, e.g. {@code 2022-02-04T22:05:00+09:00}. */
  static String withOffset(Instant t, ZoneId zone) {
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), zone)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The JSON-LD graph: the {@code NewsArticle} and its {@code BreadcrumbList}. */
  static ObjectNode jsonLd(WireItem item, Place place) {
    return jsonLd(item, place, Titles.of(item), a -> {});
  }

  /** The JSON-LD graph under these titles, {@code more} adding to the {@code NewsArticle}. */
  static ObjectNode jsonLd(
      WireItem item, Place place, Titles titles, java.util.function.Consumer<ObjectNode> more) {
    ObjectNode root = JSON.createObjectNode();
    root.put("@context", "https://schema.org");
    ArrayNode graph = root.putArray("@graph");
    ObjectNode article = newsArticle(item, place, titles);
    more.accept(article);
    graph.add(article);
    graph.add(breadcrumbs(item, place));
    return root;
  }

  /** schema.org {@code NewsArticle}: what Google's article structured data asks for, and more. */
  static ObjectNode newsArticle(WireItem item, Place place, Titles titles) {
    ObjectNode a = JSON.createObjectNode();
    a.put("@type", "NewsArticle");
    a.put("@id", item.url() + "#article");
    a.put("mainEntityOfPage", item.url());
    a.put("url", item.url());
    a.put("headline", titles.headline());
    if (!titles.description().isEmpty()) {
      a.put("description", titles.description());
    }
    a.put("datePublished", withOffset(item.firstCreated(), place.zone()));
    a.put("dateModified", withOffset(item.versionCreated(), place.zone()));
    ArrayNode authors = a.putArray("author");
    for (Byline byline : item.bylines()) {
      ObjectNode person = authors.addObject().put("@type", "Person").put("name", byline.name());
      byline.url().ifPresent(url -> person.put("url", url));
    }
    ArrayNode images = a.putArray("image");
    for (WirePhoto.Rendition r : item.leadPhoto().map(WirePhoto::renditions).orElse(List.of())) {
      ObjectNode image = images.addObject().put("@type", "ImageObject").put("url", r.href());
      if (r.width() > 0 && r.height() > 0) {
        image.put("width", r.width()).put("height", r.height());
      }
    }
    a.set("publisher", publisher(place));
    item.section().ifPresent(s -> a.put("articleSection", s.name()));
    ArrayNode keywords = a.putArray("keywords");
    item.topics().forEach(t -> keywords.add(t.name()));
    a.put("inLanguage", item.language());
    a.put("isAccessibleForFree", true);
    return a;
  }

  /** The publisher: the agency as a {@code NewsMediaOrganization} with its logo. */
  static ObjectNode publisher(Place place) {
    ObjectNode p = JSON.createObjectNode();
    p.put("@type", "NewsMediaOrganization");
    p.put("name", place.siteName());
    p.put("url", place.homeUrl());
    p.putObject("logo").put("@type", "ImageObject").put("url", place.logoUrl());
    return p;
  }

  /** Home, the section (when there is one), the story. */
  static ObjectNode breadcrumbs(WireItem item, Place place) {
    ObjectNode list = JSON.createObjectNode();
    list.put("@type", "BreadcrumbList");
    ArrayNode items = list.putArray("itemListElement");
    crumb(items, place.home(), place.homeUrl());
    item.section().ifPresent(s -> crumb(items, s.name(), s.uri()));
    crumb(items, item.headline(), item.url());
    return list;
  }

  private static void crumb(ArrayNode items, String name, String url) {
    int position = items.size() + 1;
    items
        .addObject()
        .put("@type", "ListItem")
        .put("position", position)
        .put("name", name)
        .put("item", url);
  }

  /** The JSON as a {@code <script type="application/ld+json">} element no text can break out of. */
  static SafeHtml scriptElement(ObjectNode json) {
    try {
      return Html.jsonLdScript(JSON.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree to text failed", e);
    }
  }
}
