package org.dateline.distribution;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.article.Block;

/**
 * A story's body as XHTML: the markup of the public article page (paragraphs with the inline
 * allow-list, {@code h2} sub-headings, quotes, lists, figures), with absolute photo URLs and the
 * dateline at the start of the first paragraph. Well-formed XML and valid HTML at once, so the same
 * text serves NewsML-G2's {@code inlineXML}, ninjs bodies and feeds. Stateless.
 */
public final class BodyXhtml {
  public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

  private BodyXhtml() {}

  /**
   * The body as an HTML fragment, one element per block on its own line; inside a {@code <div
   * dir="rtl">} for a right-to-left language.
   */
  public static String fragment(WireItem item) {
    StringWriter text = new StringWriter();
    XmlWriter xml = new XmlWriter(text, true);
    boolean rtl = item.direction() == TextDirection.RTL;
    if (rtl) {
      xml.start("div").attribute("dir", "rtl").attribute("lang", item.language());
    }
    write(xml, item);
    xml.finish();
    return text.toString().strip();
  }

  /** Writes the blocks into the element open in {@code xml}. */
  public static void write(XmlWriter xml, WireItem item) {
    boolean datelineDone = item.dateline().isEmpty();
    for (WireBlock block : item.body()) {
      if (block instanceof WireBlock.Photo photo) {
        figure(xml, photo.photo());
        continue;
      }
      Block text = ((WireBlock.Text) block).block();
      if (text instanceof Block.Paragraph p) {
        xml.startMixed("p");
        if (!datelineDone) {
          xml.text(item.dateline().get().lead());
          datelineDone = true;
        }
        inline(xml, Inline.parse(p.html()));
        xml.end();
      } else if (text instanceof Block.Heading h) {
        xml.element("h2", h.text());
      } else if (text instanceof Block.Quote q) {
        xml.start("blockquote").element("p", q.text());
        if (!q.cite().isEmpty()) {
          xml.element("footer", "\u2014 " + q.cite());
        }
        xml.end();
      } else if (text instanceof Block.ListBlock l && !l.items().isEmpty()) {
        xml.start(l.ordered() ? "ol" : "ul");
        l.items().forEach(item1 -> xml.element("li", item1));
        xml.end();
      }
    }
  }

  /** Strong, emphasis and links as {@code strong}, {@code em} and {@code a}. */
  static void inline(XmlWriter xml, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        xml.text(t.text());
      } else if (inline instanceof Inline.Strong s) {
        xml.startMixed("strong");
        inline(xml, s.children());
        xml.end();
      } else if (inline instanceof Inline.Emphasis e) {
        xml.startMixed("em");
        inline(xml, e.children());
        xml.end();
      } else if (inline instanceof Inline.Link l) {
        xml.startMixed("a").attribute("href", l.href()).attribute("rel", "noopener noreferrer");
        inline(xml, l.children());
        xml.end();
      }
    }
  }

  private static void figure(XmlWriter xml, WirePhoto photo) {
    WirePhoto.Rendition largest = photo.largest();
    xml.start("figure").empty("img").attribute("src", largest.href());
    if (photo.renditions().size() > 1) {
      xml.attribute(
          "srcset",
          photo.renditions().stream()
              .map(r -> r.href() + " " + r.width() + "w")
              .collect(Collectors.joining(", ")));
    }
    xml.attribute("alt", photo.alt());
    if (largest.width() > 0 && largest.height() > 0) {
      xml.attribute("width", Integer.toString(largest.width()))
          .attribute("height", Integer.toString(largest.height()));
    }
    if (!photo.caption().isEmpty() || !photo.credit().isEmpty()) {
      xml.startMixed("figcaption").text(photo.caption());
      if (!photo.credit().isEmpty()) {
        xml.text(photo.caption().isEmpty() ? "" : " ")
            .startMixed("span")
            .attribute("class", "credit")
            .text(photo.credit())
            .end();
      }
      xml.end();
    }
    xml.end();
  }
}
