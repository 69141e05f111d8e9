package org.dateline.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Tag;
import org.dateline.distribution.BodyXhtml;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;
import org.dateline.distribution.WireSite;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.shared.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * The content API's JSON shapes (documented in {@code api/content.openapi.json} and docs/API.md):
 * one small method per shape. Times are RFC 3339 in UTC; URLs are absolute. Thread-safe.
 */
final class ApiJson {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The API's base path. */
  static final String BASE = "/api/v1";

  private ApiJson() {}

  static String text(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree to text failed", e);
    }
  }

  /**
   * A story in a list: its address (its edition's canonical one, under a prefix or at a host of its
   * own: decisions 0116, 0117), headline, summary, section, times and lead photo.
   */
  static ObjectNode summary(ArticleSummary s, Edition edition, WireSite site) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", s.id().value());
    n.put("url", edition.articleUrl(site.baseUrl(), s.id().value(), s.slug()));
    n.put("api_url", site.absolute(BASE + "/articles/" + s.id().value()));
    n.put("headline", s.headline());
    n.put("summary", s.summary());
    if (s.sectionSlug().isPresent() && s.sectionName().isPresent()) {
      n.putObject("section")
          .put("slug", s.sectionSlug().get())
          .put("name", s.sectionName().get())
          .put("url", inEdition(edition, site, "/section/", s.sectionSlug().get()));
    } else {
      n.putNull("section");
    }
    n.put("published_at", time(s.firstPublishedAt()));
    putTime(n, "updated_at", s.updatedAt());
    Optional<Block.Photo> photo = s.leadPhoto();
    if (photo.isPresent()) {
      Block.Photo p = photo.get();
      ObjectNode lead = n.putObject("lead_photo");
      lead.put("url", site.absolute(p.src()));
      lead.put("alt", p.alt());
      if (p.width() > 0 && p.height() > 0) {
        lead.put("width", p.width()).put("height", p.height());
      }
    } else {
      n.putNull("lead_photo");
    }
    return n;
  }

  /**
   * A whole story: everything a list shows, and its body, bylines, topics and photos; the pages of
   * its section, topics and authors in its edition.
   */
  static ObjectNode article(Article a, WireItem item, WireSite site, Edition edition) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", a.id().value());
    n.put("guid", item.guid());
    n.put("version", a.version());
    n.put("url", item.url());
    n.put("headline", item.headline());
    n.put("summary", item.summary());
    n.put("language", item.language());
    n.put("urgency", item.urgency());
    n.put("published_at", time(a.firstPublishedAt()));
    putTime(n, "updated_at", a.updatedAt());
    if (a.section().isPresent()) {
      n.set("section", section(a.section().get(), site, edition));
    } else {
      n.putNull("section");
    }
    ArrayNode topics = n.putArray("topics");
    a.tags().forEach(t -> topics.add(topic(t, site, edition)));
    ArrayNode authors = n.putArray("authors");
    if (a.authors().isEmpty()) {
      item.bylines()
          .forEach(b -> authors.addObject().putNull("slug").put("name", b.name()).putNull("url"));
    } else {
      a.authors().forEach(au -> authors.add(author(au, site, edition)));
    }
    if (item.dateline().isPresent()) {
      var d = item.dateline().get();
      n.putObject("dateline")
          .put("place", d.place())
          .put("date", d.date())
          .put("source", d.source());
    } else {
      n.putNull("dateline");
    }
    n.put("body_html", BodyXhtml.fragment(item));
    ArrayNode photos = n.putArray("photos");
    item.photos().forEach(p -> photos.add(photo(p)));
    if (item.correction().isPresent()) {
      n.putObject("correction")
          .put("text", item.correction().get().text())
          .put("at", time(item.correction().get().at()));
    } else {
      n.putNull("correction");
    }
    return n;
  }

  static ObjectNode photo(WirePhoto p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("alt", p.alt()).put("caption", p.caption()).put("credit", p.credit());
    ArrayNode renditions = n.putArray("renditions");
    for (WirePhoto.Rendition r : p.renditions()) {
      ObjectNode rendition =
          renditions.addObject().put("url", r.href()).put("mime_type", r.mimeType());
      if (r.width() > 0 && r.height() > 0) {
        rendition.put("width", r.width()).put("height", r.height());
      }
    }
    return n;
  }

  /** A section, its page in the default edition. */
  static ObjectNode section(Section s, WireSite site) {
    return section(s, site, null);
  }

  /** A section, its page in {@code edition} (the default one when null). */
  static ObjectNode section(Section s, WireSite site, @Nullable Edition edition) {
    return named(s.slug(), s.name(), inEdition(edition, site, "/section/", s.slug()))
        .put("api_url", site.absolute(BASE + "/sections/" + Slugs.inPath(s.slug())));
  }

  /** A topic, its page in the default edition. */
  static ObjectNode topic(Tag t, WireSite site) {
    return topic(t, site, null);
  }

  /** A topic, its page in {@code edition} (the default one when null). */
  static ObjectNode topic(Tag t, WireSite site, @Nullable Edition edition) {
    return named(t.slug(), t.name(), inEdition(edition, site, "/tag/", t.slug()))
        .put("api_url", site.absolute(BASE + "/topics/" + Slugs.inPath(t.slug())));
  }

  /** An author, their page in the default edition. */
  static ObjectNode author(Author a, WireSite site) {
    return author(a, site, null);
  }

  /** An author, their page in {@code edition} (the default one when null). */
  static ObjectNode author(Author a, WireSite site, @Nullable Edition edition) {
    return named(a.slug(), a.name(), inEdition(edition, site, "/author/", a.slug()))
        .put("api_url", site.absolute(BASE + "/authors/" + Slugs.inPath(a.slug())));
  }

  private static ObjectNode named(String slug, String name, String url) {
    return JSON.createObjectNode().put("slug", slug).put("name", name).put("url", url);
  }

  /**
   * The absolute address of a section's, topic's or author's page ({@code kind} is {@code
   * /section/}, {@code /tag/} or {@code /author/}) in an edition: under its prefix or at its host.
   */
  private static String inEdition(
      @Nullable Edition edition, WireSite site, String kind, String slug) {
    String base = edition == null ? site.baseUrl() : edition.base(site.baseUrl());
    return base + kind + Slugs.inPath(slug);
  }

  /** The error body every API (and the wire) answers: {@code {"error":{"code","message"}}}. */
  static ObjectNode error(String code, String message) {
    ObjectNode n = JSON.createObjectNode();
    n.putObject("error").put("code", code).put("message", message);
    return n;
  }

  static String time(Instant t) {
    return t.toString();
  }

  private static void putTime(ObjectNode n, String field, Optional<Instant> t) {
    if (t.isPresent()) {
      n.put(field, time(t.get()));
    } else {
      n.putNull(field);
    }
  }
}
