package org.dateline.ingest.format.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.ingest.format.Bodies;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.Parsed;
import org.dateline.ingest.format.Times;

/**
 * Reads IPTC ninjs 1.x, 2.x and 3.x: one item, a JSON array of items, or an object whose {@code
 * items} array holds them. Field names are matched without case, so 2.x's {@code versioncreated}
 * and 3.x's {@code versionCreated} read the same; 1.x's singular fields ({@code headline}, {@code
 * body_html}, {@code byline}, {@code subject}) are read too. A pure adapter: bytes in, items out.
 *
 * <p>Changelog: 1 — ninjs 1.5, 2.1 and 3.0 as IPTC's examples write them.
 */
public final class NinjsReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a file or response; refuses ({@link NotAnArticle}) what is not ninjs at all. */
  public Parsed read(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (java.io.IOException e) {
      throw new NotAnArticle("not JSON: " + firstLine(e));
    }
    if (root == null || root.isMissingNode()) {
      throw new NotAnArticle("empty");
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
    } else if (root.isObject() && field(root, "items").isArray()) {
      field(root, "items").forEach(nodes::add);
    } else if (root.isObject()) {
      nodes.add(root);
    } else {
      throw new NotAnArticle("not a ninjs object or list");
    }
    List<IncomingItem> items = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      String name = "item " + (i + 1) + (text(n, "uri").isEmpty() ? "" : " " + text(n, "uri"));
      try {
        if (!n.isObject()) {
          throw new NotAnArticle("not a JSON object");
        }
        items.add(item(n));
      } catch (NotAnArticle e) {
        refused.add(name + ": " + e.getMessage());
      }
    }
    if (items.isEmpty() && refused.isEmpty()) {
      throw new NotAnArticle("no items");
    }
    return new Parsed(items, refused);
  }

  private static IncomingItem item(JsonNode n) {
    String headline = Bodies.text(headline(n));
    List<org.dateline.article.Block> body = body(n, headline);
    return new IncomingItem(
        text(n, "uri"),
        version(text(n, "version")),
        Times.parse(text(n, "versioncreated")),
        headline,
        Bodies.text(description(n)),
        body,
        bylines(n),
        text(n, "located"),
        text(n, "language"),
        subjects(n),
        field(n, "urgency").asInt(0),
        Times.parse(text(n, "embargoed")),
        IncomingItem.Status.of(text(n, "pubstatus")),
        pictures(n),
        "");
  }

  private static String headline(JsonNode n) {
    JsonNode headlines = field(n, "headlines");
    if (headlines.isArray()) {
      String any = "";
      for (JsonNode h : headlines) {
        String role = text(h, "role");
        if (role.isEmpty() || role.equals("main")) {
          return text(h, "value");
        }
        any = any.isEmpty() ? text(h, "value") : any;
      }
      return any;
    }
    return text(n, "headline");
  }

  private static String description(JsonNode n) {
    JsonNode descriptions = field(n, "descriptions");
    if (descriptions.isArray() && descriptions.size() > 0) {
      return text(descriptions.get(0), "value");
    }
    String text = text(n, "description_text");
    return text.isEmpty() ? text(n, "description_html") : text;
  }

  private static List<org.dateline.article.Block> body(JsonNode n, String headline) {
    JsonNode bodies = field(n, "bodies");
    if (bodies.isArray()) {
      JsonNode plain = null;
      for (JsonNode b : bodies) {
        String type = text(b, "contenttype").toLowerCase(Locale.ROOT);
        String role = text(b, "role").toLowerCase(Locale.ROOT);
        if (type.contains("html") || role.startsWith("html") || role.equals("richhtml5")) {
          return Bodies.fromHtml(text(b, "value"), headline);
        }
        if (plain == null && (type.isEmpty() || type.startsWith("text/plain"))) {
          plain = b;
        }
      }
      return plain == null ? List.of() : Bodies.fromText(text(plain, "value"));
    }
    String html = text(n, "body_html");
    return html.isEmpty() ? Bodies.fromText(text(n, "body_text")) : Bodies.fromHtml(html, headline);
  }

  private static List<String> bylines(JsonNode n) {
    String by = text(n, "by");
    return List.of(Bodies.text(by.isEmpty() ? text(n, "byline") : by));
  }

  private static List<IncomingItem.Subject> subjects(JsonNode n) {
    JsonNode list = field(n, "subjects");
    if (!list.isArray()) {
      list = field(n, "subject");
    }
    List<IncomingItem.Subject> out = new ArrayList<>();
    for (JsonNode s : list) {
      String code = text(s, "code");
      if (code.isEmpty()) {
        code = text(s, "literal");
      }
      if (code.isEmpty()) {
        code = text(s, "uri");
      }
      String name = text(s, "name");
      if (!code.isEmpty() || !name.isEmpty()) {
        out.add(new IncomingItem.Subject(code, name));
      }
    }
    return out;
  }

  private static List<IncomingItem.Picture> pictures(JsonNode n) {
    List<IncomingItem.Picture> out = new ArrayList<>();
    for (JsonNode a : members(field(n, "associations"))) {
      if (!text(a, "type").equals("picture")) {
        continue;
      }
      List<IncomingItem.Rendition> renditions = new ArrayList<>();
      JsonNode rs = field(a, "renditions");
      Iterator<Map.Entry<String, JsonNode>> named = rs.isObject() ? rs.fields() : null;
      if (named != null) {
        named.forEachRemaining(e -> rendition(e.getKey(), e.getValue(), renditions));
      } else {
        rs.forEach(r -> rendition(text(r, "name"), r, renditions));
      }
      String caption = description(a);
      if (caption.isEmpty()) {
        caption = headline(a);
      }
      out.add(
          new IncomingItem.Picture(
              text(a, "uri"), Bodies.text(caption), Bodies.text(bylines(a).get(0)), renditions));
    }
    return out;
  }

  private static void rendition(String name, JsonNode r, List<IncomingItem.Rendition> out) {
    String href = text(r, "href");
    if (!href.startsWith("https://") && !href.startsWith("http://")) {
      return; // only web addresses are fetched later
    }
    String type = text(r, "contenttype");
    out.add(
        new IncomingItem.Rendition(
            name,
            href,
            type.isEmpty() ? text(r, "mimetype") : type,
            field(r, "width").asInt(0),
            field(r, "height").asInt(0)));
  }

  /** The members of a list, or of an object map (2.x keys associations and renditions by name). */
  private static List<JsonNode> members(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray() || node.isObject()) {
      node.forEach(out::add);
    }
    return out;
  }

  private static long version(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A field by its name in any case (ninjs 2.x is lower case, 3.x camel case). */
  static JsonNode field(JsonNode n, String lowerName) {
    if (!n.isObject()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    JsonNode exact = n.get(lowerName);
    if (exact != null) {
      return exact;
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (name.toLowerCase(Locale.ROOT).equals(lowerName)) {
        return n.get(name);
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static String text(JsonNode n, String lowerName) {
    JsonNode v = field(n, lowerName);
    return v.isValueNode() && !v.isNull() ? v.asText() : "";
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
