package org.dateline.distribution.ninjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dateline.distribution.BodyXhtml;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Subject;
import org.dateline.distribution.Translation;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;

/**
 * Writes a wire item as IPTC ninjs 2.2 (default) or 3.1. Valid against IPTC's JSON schemas; see
 * {@code docs/formats/ninjs.md} for what each property carries. Stateless and thread-safe.
 *
 * <p>Output format changelog (bump this list with every change subscribers can see):
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. {@code uri} (tag URI guid), {@code type} text, {@code
 *       representationtype} full, {@code standard}, {@code version}, {@code firstcreated}, {@code
 *       versioncreated}, {@code pubstatus}, {@code embargoed} while withheld, {@code urgency},
 *       {@code language}, {@code altids} (article-id, translation-group), {@code headlines} (main),
 *       {@code descriptions} (summary, correction), {@code ednote} (correction), {@code by}, {@code
 *       located} (dateline place), {@code people} (bylines, rel author), {@code subjects} (section
 *       and topics: rel section|topic, uri = their public page, literal = slug), {@code bodies}
 *       (main, text/html), {@code renditions} (html: the public page), {@code associations}
 *       (photo-N pictures with caption, alt text, credit and renditions; translation-source).
 *   <li>2 (2026-12-01): the {@code translation-group} altid and the {@code translation-source}
 *       association are filled from the store for a story in a translation group (decision 0078).
 * </ul>
 */
public final class NinjsWriter {
  private final ObjectMapper json = new ObjectMapper();

  /** The item as compact JSON text. */
  public String write(WireItem item, NinjsVersion version) {
    try {
      return json.writeValueAsString(tree(item, version));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree to text failed", e);
    }
  }

  /** The item as a JSON tree, e.g. to embed in a webhook event. */
  public ObjectNode tree(WireItem item, NinjsVersion v) {
    ObjectNode n = json.createObjectNode();
    n.put("uri", item.guid());
    n.put("type", "text");
    n.put(v.key("representationType"), "full");
    ObjectNode standard = n.putObject("standard");
    standard.put("name", "ninjs");
    standard.put("version", v.number);
    standard.put("schema", v.schema);
    n.put("version", Integer.toString(item.version()));
    n.put(v.key("firstCreated"), item.firstCreated().toString());
    n.put(v.key("versionCreated"), item.versionCreated().toString());
    n.put(v.key("pubStatus"), item.pubStatus().code());
    item.embargoedUntil().ifPresent(t -> n.put(v.key("embargoedUntil"), t.toString()));
    n.put("urgency", item.urgency());
    n.put("language", item.language());
    ArrayNode altIds = n.putArray(v.key("altIds"));
    altIds.addObject().put("role", "article-id").put("value", Long.toString(item.id()));
    item.translation()
        .ifPresent(
            t -> altIds.addObject().put("role", "translation-group").put("value", t.group()));
    n.putArray("headlines").addObject().put("role", "main").put("value", item.headline());
    descriptions(n, item, v);
    item.editorNote().ifPresent(note -> n.put(v.key("edNote"), note));
    if (!item.bylines().isEmpty()) {
      n.put("by", item.by());
    }
    item.dateline().ifPresent(d -> n.put("located", d.place()));
    people(n, item.bylines());
    subjects(n, item.subjects());
    ObjectNode body = n.putArray("bodies").addObject();
    body.put("role", "main");
    body.put(v.key("contentType"), "text/html");
    body.put("value", BodyXhtml.fragment(item));
    n.putArray("renditions")
        .addObject()
        .put("name", "html")
        .put("href", item.url())
        .put(v.key("contentType"), "text/html");
    associations(n, item, v);
    return n;
  }

  private static void descriptions(ObjectNode n, WireItem item, NinjsVersion v) {
    if (item.summary().isEmpty() && item.correction().isEmpty()) {
      return;
    }
    ArrayNode descriptions = n.putArray("descriptions");
    if (!item.summary().isEmpty()) {
      descriptions
          .addObject()
          .put("role", "summary")
          .put(v.key("contentType"), "text/plain")
          .put("value", item.summary());
    }
    item.correction()
        .ifPresent(
            c ->
                descriptions
                    .addObject()
                    .put("role", "correction")
                    .put(v.key("contentType"), "text/plain")
                    .put("value", c.text()));
  }

  private static void people(ObjectNode n, List<Byline> bylines) {
    if (bylines.isEmpty()) {
      return;
    }
    ArrayNode people = n.putArray("people");
    for (Byline byline : bylines) {
      ObjectNode person = people.addObject().put("name", byline.name()).put("rel", "author");
      byline.url().ifPresent(url -> person.put("uri", url));
    }
  }

  private static void subjects(ObjectNode n, List<Subject> subjects) {
    if (subjects.isEmpty()) {
      return;
    }
    ArrayNode array = n.putArray("subjects");
    for (Subject s : subjects) {
      array
          .addObject()
          .put("name", s.name())
          .put("rel", s.kind() == Subject.Kind.SECTION ? "section" : "topic")
          .put("uri", s.uri())
          .put("literal", s.code());
    }
  }

  private static void associations(ObjectNode n, WireItem item, NinjsVersion v) {
    List<WirePhoto> photos = item.photos();
    if (photos.isEmpty() && item.translation().flatMap(Translation::source).isEmpty()) {
      return;
    }
    ArrayNode associations = n.putArray("associations");
    for (int i = 0; i < photos.size(); i++) {
      photo(associations.addObject(), "photo-" + (i + 1), photos.get(i), v);
    }
    item.translation()
        .flatMap(Translation::source)
        .ifPresent(
            source -> {
              ObjectNode a = associations.addObject();
              a.put("name", "translation-source");
              if (v == NinjsVersion.V3) {
                a.put("rel", "translation-source");
              }
              a.put("uri", source.guid());
              a.put("type", "text");
              a.put("language", source.language());
              a.putArray("renditions")
                  .addObject()
                  .put("name", "html")
                  .put("href", source.url())
                  .put(v.key("contentType"), "text/html");
            });
  }

  private static void photo(ObjectNode a, String name, WirePhoto photo, NinjsVersion v) {
    a.put("name", name);
    a.put("uri", photo.uri());
    a.put("type", "picture");
    ArrayNode descriptions = a.putArray("descriptions");
    if (!photo.caption().isEmpty()) {
      descriptions.addObject().put("role", "caption").put("value", photo.caption());
    }
    descriptions.addObject().put("role", "alt").put("value", photo.alt());
    if (!photo.credit().isEmpty()) {
      a.put("by", photo.credit());
    }
    ArrayNode renditions = a.putArray("renditions");
    for (WirePhoto.Rendition r : photo.renditions()) {
      ObjectNode rendition = renditions.addObject();
      rendition.put("name", r.name()).put("href", r.href()).put(v.key("contentType"), r.mimeType());
      if (r.width() > 0 && r.height() > 0) {
        rendition.put("width", r.width()).put("height", r.height());
      }
    }
  }
}
