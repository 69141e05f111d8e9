package org.dateline.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;

/**
 * An {@link IncomingItem} as JSON and back: how the store keeps it and how golden files show it.
 * Body blocks are {@code {"p": html}}, {@code {"h": text}}, {@code {"quote": text, "cite": who}}
 * and {@code {"list": [items], "ordered": bool}}. Thread-safe.
 */
public final class ItemJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ItemJson() {}

  /** The item as a JSON tree. */
  public static ObjectNode tree(IncomingItem item) {
    ObjectNode o = JSON.createObjectNode();
    o.put("guid", item.guid());
    o.put("version", item.version());
    o.put("versionTime", item.versionTime().map(Instant::toString).orElse(null));
    putContent(o, item);
    return o;
  }

  /** The item as JSON text. */
  public static String write(IncomingItem item) {
    return tree(item).toString();
  }

  /** What the item says, without its identity and version: the input of its content hash. */
  static String content(IncomingItem item) {
    ObjectNode o = JSON.createObjectNode();
    putContent(o, item);
    return o.toString();
  }

  private static void putContent(ObjectNode o, IncomingItem item) {
    o.put("headline", item.headline());
    o.put("summary", item.summary());
    ArrayNode body = o.putArray("body");
    for (Block b : item.body()) {
      ObjectNode n = body.addObject();
      if (b instanceof Block.Paragraph p) {
        n.put("p", p.html());
      } else if (b instanceof Block.Heading h) {
        n.put("h", h.text());
      } else if (b instanceof Block.Quote q) {
        n.put("quote", q.text()).put("cite", q.cite());
      } else if (b instanceof Block.ListBlock l) {
        l.items().forEach(n.putArray("list")::add);
        n.put("ordered", l.ordered());
      }
    }
    item.bylines().forEach(o.putArray("bylines")::add);
    o.put("dateline", item.dateline());
    o.put("language", item.language());
    ArrayNode subjects = o.putArray("subjects");
    item.subjects().forEach(s -> subjects.addObject().put("code", s.code()).put("name", s.name()));
    o.put("urgency", item.urgency());
    o.put("embargo", item.embargo().map(Instant::toString).orElse(null));
    o.put("status", item.status().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode pictures = o.putArray("pictures");
    for (IncomingItem.Picture p : item.pictures()) {
      ObjectNode pn =
          pictures
              .addObject()
              .put("uri", p.uri())
              .put("caption", p.caption())
              .put("credit", p.credit());
      ArrayNode rs = pn.putArray("renditions");
      p.renditions()
          .forEach(
              r ->
                  rs.addObject()
                      .put("name", r.name())
                      .put("href", r.href())
                      .put("mediaType", r.mediaType())
                      .put("width", r.width())
                      .put("height", r.height()));
    }
    o.put("link", item.link());
  }

  /** Reads an item written by {@link #write}. */
  public static IncomingItem read(String json) {
    JsonNode o;
    try {
      o = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored incoming item is not JSON", e);
    }
    List<Block> body = new ArrayList<>();
    for (JsonNode n : o.path("body")) {
      if (n.has("p")) {
        body.add(new Block.Paragraph(n.path("p").asText()));
      } else if (n.has("h")) {
        body.add(new Block.Heading(n.path("h").asText()));
      } else if (n.has("quote")) {
        body.add(new Block.Quote(n.path("quote").asText(), n.path("cite").asText()));
      } else if (n.has("list")) {
        body.add(new Block.ListBlock(n.path("ordered").asBoolean(), texts(n.path("list"))));
      }
    }
    List<IncomingItem.Subject> subjects = new ArrayList<>();
    o.path("subjects")
        .forEach(
            s -> subjects.add(new IncomingItem.Subject(s.path("code").asText(), text(s, "name"))));
    List<IncomingItem.Picture> pictures = new ArrayList<>();
    for (JsonNode p : o.path("pictures")) {
      List<IncomingItem.Rendition> renditions = new ArrayList<>();
      p.path("renditions")
          .forEach(
              r ->
                  renditions.add(
                      new IncomingItem.Rendition(
                          text(r, "name"),
                          text(r, "href"),
                          text(r, "mediaType"),
                          r.path("width").asInt(),
                          r.path("height").asInt())));
      pictures.add(
          new IncomingItem.Picture(
              text(p, "uri"), text(p, "caption"), text(p, "credit"), renditions));
    }
    return new IncomingItem(
        text(o, "guid"),
        o.path("version").asLong(),
        instant(o, "versionTime"),
        text(o, "headline"),
        text(o, "summary"),
        body,
        texts(o.path("bylines")),
        text(o, "dateline"),
        text(o, "language"),
        subjects,
        o.path("urgency").asInt(),
        instant(o, "embargo"),
        IncomingItem.Status.of(text(o, "status")),
        pictures,
        text(o, "link"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.path(field);
    return n.isValueNode() && !n.isNull() ? n.asText() : "";
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Optional<Instant> instant(JsonNode o, String field) {
    String t = text(o, field);
    return t.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(t));
  }
}
