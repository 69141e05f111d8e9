package org.dateline.distribution.newsmlg2;

import java.util.List;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Inline;
import org.dateline.distribution.WireBlock;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;
import org.dateline.distribution.XmlWriter;

/**
 * A story's body as a NITF 3.6 document: headline, bylines, dateline and summary in {@code
 * body.head}; paragraphs, sub-headings ({@code hl2}), quotes ({@code bq}), lists and photos ({@code
 * media} with one {@code media-reference} per rendition) in {@code body.content}. Bold and italic
 * are {@code em class="bold"} and {@code em class="italic"}, as NITF has no other emphasis.
 * Stateless.
 */
final class BodyNitf {
  static final String NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/";

  private BodyNitf() {}

  static void write(XmlWriter xml, WireItem item) {
    xml.start("nitf").namespace(NAMESPACE).lang(item.language());
    xml.start("head").element("title", item.headline()).end();
    xml.start("body").start("body.head");
    xml.start("hedline").element("hl1", item.headline()).end();
    if (!item.bylines().isEmpty()) {
      xml.startMixed("byline");
      List<Byline> bylines = item.bylines();
      for (int i = 0; i < bylines.size(); i++) {
        if (i > 0) {
          xml.text(", ");
        }
        xml.element("person", bylines.get(i).name());
      }
      xml.end();
    }
    item.dateline().ifPresent(d -> dateline(xml, d));
    if (!item.summary().isEmpty()) {
      xml.start("abstract").element("p", item.summary()).end();
    }
    xml.end().start("body.content");
    for (WireBlock block : item.body()) {
      if (block instanceof WireBlock.Photo photo) {
        media(xml, photo.photo());
      } else {
        text(xml, ((WireBlock.Text) block).block());
      }
    }
    xml.end().end().end();
  }

  private static void dateline(XmlWriter xml, Dateline d) {
    xml.startMixed("dateline").element("location", d.place());
    if (!d.date().isEmpty()) {
      xml.text(", ").element("story.date", d.date());
    }
    if (!d.source().isEmpty()) {
      xml.text(" (" + d.source() + ")");
    }
    xml.end();
  }

  private static void text(XmlWriter xml, Block block) {
    if (block instanceof Block.Paragraph p) {
      xml.startMixed("p");
      inline(xml, Inline.parse(p.html()));
      xml.end();
    } else if (block instanceof Block.Heading h) {
      xml.element("hl2", h.text());
    } else if (block instanceof Block.Quote q) {
      xml.start("bq").start("block").element("p", q.text()).end();
      if (!q.cite().isEmpty()) {
        xml.element("credit", q.cite());
      }
      xml.end();
    } else if (block instanceof Block.ListBlock l && !l.items().isEmpty()) {
      xml.start(l.ordered() ? "ol" : "ul");
      l.items().forEach(entry -> xml.element("li", entry));
      xml.end();
    }
  }

  private static void inline(XmlWriter xml, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        xml.text(t.text());
      } else if (inline instanceof Inline.Strong s) {
        xml.startMixed("em").attribute("class", "bold");
        inline(xml, s.children());
        xml.end();
      } else if (inline instanceof Inline.Emphasis e) {
        xml.startMixed("em").attribute("class", "italic");
        inline(xml, e.children());
        xml.end();
      } else if (inline instanceof Inline.Link l) {
        xml.startMixed("a").attribute("href", l.href());
        inline(xml, l.children());
        xml.end();
      }
    }
  }

  private static void media(XmlWriter xml, WirePhoto photo) {
    xml.start("media").attribute("media-type", "image");
    for (WirePhoto.Rendition r : photo.renditions()) {
      xml.empty("media-reference")
          .attribute("source", r.href())
          .attribute("name", r.name())
          .attribute("mime-type", r.mimeType())
          .attribute("alternate-text", photo.alt());
      if (r.width() > 0 && r.height() > 0) {
        xml.attribute("width", Integer.toString(r.width()))
            .attribute("height", Integer.toString(r.height()))
            .attribute("units", "pixels");
      }
    }
    if (!photo.caption().isEmpty()) {
      xml.element("media-caption", photo.caption());
    }
    if (!photo.credit().isEmpty()) {
      xml.element("media-producer", photo.credit());
    }
    xml.end();
  }
}
