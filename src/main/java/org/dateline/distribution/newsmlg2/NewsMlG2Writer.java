package org.dateline.distribution.newsmlg2;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.article.Dateline;
import org.dateline.distribution.BodyXhtml;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Subject;
import org.dateline.distribution.TextDirection;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;
import org.dateline.distribution.XmlWriter;

/**
 * Writes a wire item as a standalone IPTC NewsML-G2 2.35 {@code newsItem} (Power conformance), the
 * body in {@code inlineXML} as XHTML or NITF 3.6. Valid against the 2.35 XSD (and NITF 3.6); see
 * {@code docs/formats/newsml-g2.md} for what each element carries and decisions 0016 and 0017 for
 * the schemes and the photos. Stateless and thread-safe.
 *
 * <p>Output format changelog (bump this list with every change subscribers can see):
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. {@code newsItem} with guid (tag URI), version, {@code
 *       xml:lang} and {@code dir="rtl"} for right-to-left languages; {@code catalogRef} to IPTC's
 *       catalog 32 and an inline {@code catalog} for our schemes {@code dlsection}, {@code
 *       dltopic}, {@code dlrel}; {@code itemMeta}: itemClass {@code ninat:text}, provider,
 *       versionCreated, firstCreated, embargoed, pubStatus {@code stat:usable|withheld|canceled},
 *       edNote (correction), one {@code link rel="irel:seeAlso"} per photo and {@code rel="dlrel:
 *       translationOf"} to a translation's source; {@code contentMeta}: icon (lead photo), urgency,
 *       located, creator per byline, language, subjects ({@code dlsection:}, {@code dltopic:}),
 *       headline, dateline, by, description ({@code drol:summary}); {@code contentSet}: {@code
 *       inlineXML} (XHTML or NITF, photos in place with every rendition) and {@code remoteContent}
 *       for the public page.
 *   <li>2 (2026-12-01): {@code inlineXML} carries the content's {@code xml:lang} and, for
 *       right-to-left languages, {@code dir="rtl"}; a translation's source link is filled from the
 *       store (decision 0078).
 * </ul>
 */
public final class NewsMlG2Writer {
  public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

  /** IPTC's catalog of its NewsCodes schemes, as the official 2.35 examples refer to it. */
  public static final String IPTC_CATALOG =
      "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml";

  static final String SECTIONS = "dlsection";
  static final String TOPICS = "dltopic";
  static final String RELATIONS = "dlrel";

  /** The item as an XML document (UTF-8 declared). */
  public String write(WireItem item, BodyFormat body) {
    StringWriter text = new StringWriter();
    XmlWriter xml = new XmlWriter(text, true);
    xml.declaration();
    xml.start("newsItem")
        .namespace(NAMESPACE)
        .attribute("guid", item.guid())
        .attribute("version", Integer.toString(item.version()))
        .attribute("standard", "NewsML-G2")
        .attribute("standardversion", "2.35")
        .attribute("conformance", "power")
        .lang(item.language());
    if (item.direction() == TextDirection.RTL) {
      xml.attribute("dir", "rtl");
    }
    catalogs(xml, item);
    itemMeta(xml, item);
    contentMeta(xml, item);
    xml.start("contentSet");
    // The content's language and direction on the rendition too (decision 0078): a reader of the
    // contentSet alone, or of a NITF body (which has no dir of its own), knows how to show it.
    xml.start("inlineXML").attribute("contenttype", body.contentType).lang(item.language());
    if (item.direction() == TextDirection.RTL) {
      xml.attribute("dir", "rtl");
    }
    if (body == BodyFormat.NITF) {
      BodyNitf.write(xml, item);
    } else {
      xhtml(xml, item);
    }
    xml.end();
    xml.empty("remoteContent").attribute("href", item.url()).attribute("contenttype", "text/html");
    xml.finish();
    return text.append('\n').toString();
  }

  /**
   * IPTC's catalog for {@code ninat:}, {@code stat:}, {@code irel:}, {@code cpnat:} and {@code
   * drol:}; our own schemes inline, rooted at the public site's section and topic pages (decision
   * 0016), declared only when used.
   */
  private static void catalogs(XmlWriter xml, WireItem item) {
    xml.empty("catalogRef").attribute("href", IPTC_CATALOG);
    String agency = item.provider().name();
    Map<String, String[]> schemes = new LinkedHashMap<>();
    item.section()
        .ifPresent(s -> schemes.put(SECTIONS, new String[] {s.scheme(), "Sections of " + agency}));
    item.topics().stream()
        .findFirst()
        .ifPresent(t -> schemes.put(TOPICS, new String[] {t.scheme(), "Topics of " + agency}));
    if (item.translation().flatMap(t -> t.source()).isPresent()) {
      schemes.put(
          RELATIONS,
          new String[] {item.provider().url() + "wire/v1/relations/", "Relations of " + agency});
    }
    if (schemes.isEmpty()) {
      return; // a catalog holds at least one scheme
    }
    xml.start("catalog");
    schemes.forEach((alias, scheme) -> scheme(xml, alias, scheme[0], scheme[1]));
    xml.end();
  }

  private static void scheme(XmlWriter xml, String alias, String uri, String name) {
    xml.start("scheme").attribute("alias", alias).attribute("uri", uri);
    xml.element("name", name);
    xml.end();
  }

  private static void itemMeta(XmlWriter xml, WireItem item) {
    xml.start("itemMeta");
    xml.empty("itemClass").attribute("qcode", "ninat:text");
    xml.start("provider").attribute("uri", item.provider().url());
    xml.element("name", item.provider().name());
    xml.end();
    xml.element("versionCreated", item.versionCreated().toString());
    xml.element("firstCreated", item.firstCreated().toString());
    item.embargoedUntil().ifPresent(t -> xml.element("embargoed", t.toString()));
    xml.empty("pubStatus").attribute("qcode", "stat:" + item.pubStatus().code());
    item.editorNote().ifPresent(note -> xml.element("edNote", note));
    for (WirePhoto photo : item.photos()) {
      WirePhoto.Rendition largest = photo.largest();
      if (photo.credit().isEmpty()) {
        xml.empty("link");
      } else {
        xml.start("link");
      }
      xml.attribute("rel", "irel:seeAlso")
          .attribute("href", largest.href())
          .attribute("contenttype", largest.mimeType())
          .attribute("title", photo.alt());
      if (!photo.credit().isEmpty()) {
        // The picture's credit as a hint on its link (the link's extension point takes NAR
        // properties): what a picture item would carry in its contentMeta.
        xml.element("creditline", photo.credit()).end();
      }
    }
    item.translation()
        .flatMap(t -> t.source())
        .ifPresent(
            source ->
                xml.empty("link")
                    .attribute("rel", RELATIONS + ":translationOf")
                    .attribute("residref", source.guid())
                    .attribute("href", source.url())
                    .attribute("contenttype", "text/html")
                    .lang(source.language()));
    xml.end();
  }

  private static void contentMeta(XmlWriter xml, WireItem item) {
    xml.start("contentMeta");
    item.leadPhoto()
        .map(WirePhoto::smallest)
        .ifPresent(
            icon -> {
              xml.empty("icon")
                  .attribute("href", icon.href())
                  .attribute("contenttype", icon.mimeType());
              if (icon.width() > 0 && icon.height() > 0) {
                xml.attribute("width", Integer.toString(icon.width()))
                    .attribute("height", Integer.toString(icon.height()));
              }
            });
    xml.element("urgency", Integer.toString(item.urgency()));
    item.dateline().ifPresent(d -> xml.start("located").element("name", d.place()).end());
    for (Byline byline : item.bylines()) {
      xml.start("creator");
      byline.url().ifPresent(url -> xml.attribute("uri", url));
      xml.element("name", byline.name()).end();
    }
    xml.empty("language").attribute("tag", item.language());
    for (Subject subject : item.subjects()) {
      boolean section = subject.kind() == Subject.Kind.SECTION;
      xml.start("subject");
      if (section) {
        xml.attribute("type", "cpnat:abstract");
      }
      xml.attribute("qcode", (section ? SECTIONS : TOPICS) + ":" + subject.code());
      xml.element("name", subject.name()).end();
    }
    xml.element("headline", item.headline());
    item.dateline().ifPresent(d -> xml.element("dateline", datelineText(d)));
    if (!item.bylines().isEmpty()) {
      xml.element("by", item.by());
    }
    if (!item.summary().isEmpty()) {
      xml.startMixed("description").attribute("role", "drol:summary").text(item.summary()).end();
    }
    xml.end();
  }

  /** {@code SEOUL, Feb. 4 (Dateline)}: the dateline without the dashes that open the text. */
  static String datelineText(Dateline d) {
    String lead = d.lead();
    return lead.substring(0, lead.length() - " -- ".length());
  }

  private static void xhtml(XmlWriter xml, WireItem item) {
    xml.start("html").namespace(BodyXhtml.NAMESPACE).attribute("lang", item.language());
    xml.lang(item.language());
    if (item.direction() == TextDirection.RTL) {
      xml.attribute("dir", "rtl");
    }
    xml.start("head").element("title", item.headline()).end();
    xml.start("body");
    BodyXhtml.write(xml, item);
    xml.end().end();
  }
}
