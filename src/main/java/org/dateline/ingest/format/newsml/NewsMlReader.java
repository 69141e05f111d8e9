package org.dateline.ingest.format.newsml;

import static org.dateline.ingest.format.SafeXml.attr;
import static org.dateline.ingest.format.SafeXml.children;
import static org.dateline.ingest.format.SafeXml.first;
import static org.dateline.ingest.format.SafeXml.text;

import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.ingest.format.Bodies;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.Parsed;
import org.dateline.ingest.format.SafeXml;
import org.dateline.ingest.format.Times;
import org.w3c.dom.Element;

/**
 * Reads IPTC NewsML-G2: a {@code newsItem}, or a {@code newsMessage} whose {@code itemSet} holds
 * several (package items are skipped: they hold no story). The body is the {@code inlineXML} of the
 * content set, XHTML ({@code html/body}) or NITF ({@code nitf/body/body.content}); remote content
 * of a picture item becomes a picture with its renditions. A pure adapter: bytes in, items out.
 * DTDs are refused ({@link SafeXml}).
 *
 * <p>Changelog: 1 — NewsML-G2 2.24 to 2.35 as IPTC's examples write them.
 */
public final class NewsMlReader {

  /** Reads a file or response; refuses ({@link NotAnArticle}) what is not NewsML-G2. */
  public Parsed read(byte[] bytes) {
    Element root = SafeXml.root(SafeXml.parse(bytes));
    List<Element> newsItems = new ArrayList<>();
    switch (String.valueOf(root.getLocalName())) {
      case "newsItem" -> newsItems.add(root);
      case "newsMessage" -> newsItems.addAll(children(first(root, "itemSet"), "newsItem"));
      default -> throw new NotAnArticle("not NewsML-G2: the root is " + root.getNodeName());
    }
    String messageLanguage = root.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang");
    List<IncomingItem> items = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < newsItems.size(); i++) {
      Element n = newsItems.get(i);
      String guid = n.getAttribute("guid");
      try {
        items.add(item(n, messageLanguage));
      } catch (NotAnArticle e) {
        refused.add("item " + (i + 1) + (guid.isEmpty() ? "" : " " + guid) + ": " + e.getMessage());
      }
    }
    if (items.isEmpty() && refused.isEmpty()) {
      throw new NotAnArticle("no newsItem");
    }
    return new Parsed(items, refused);
  }

  private static IncomingItem item(Element n, String messageLanguage) {
    String headline = text(n, "contentMeta", "headline");
    Element inline = first(n, "contentSet", "inlineXML");
    List<String> bylines = new ArrayList<>();
    for (Element creator : children(first(n, "contentMeta"), "creator")) {
      bylines.add(text(creator, "name"));
    }
    List<Block> body = List.of();
    if (inline != null) {
      Element xhtmlBody = first(inline, "html", "body");
      Element nitf = first(inline, "nitf", "body");
      if (xhtmlBody != null) {
        body = Bodies.fromHtml(SafeXml.inner(xhtmlBody), headline);
      } else if (nitf != null) {
        body = Bodies.fromHtml(nitfAsHtml(SafeXml.inner(nitfContent(nitf))), headline);
        if (bylines.isEmpty()) {
          bylines.add(nitfByline(nitf));
        }
        if (headline.isEmpty()) {
          headline = text(nitf, "body.head", "hedline", "hl1");
        }
      }
    }
    String language = attr(n, "tag", "contentMeta", "language");
    if (language.isEmpty()) {
      language = n.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang");
    }
    if (language.isEmpty()) {
      language = messageLanguage;
    }
    return new IncomingItem(
        n.getAttribute("guid"),
        number(n.getAttribute("version")),
        Times.parse(text(n, "itemMeta", "versionCreated")),
        headline,
        Bodies.text(text(n, "contentMeta", "description")),
        body,
        bylines,
        text(n, "contentMeta", "located", "name"),
        language,
        subjects(n),
        (int) number(text(n, "contentMeta", "urgency")),
        Times.parse(text(n, "itemMeta", "embargoed")),
        IncomingItem.Status.of(attr(n, "qcode", "itemMeta", "pubStatus")),
        pictures(n, headline),
        "");
  }

  /** NITF's sub-headings and blocks under their HTML names, so the editor's reader knows them. */
  private static String nitfAsHtml(String nitf) {
    return nitf.replace("<hl2>", "<h2>")
        .replace("</hl2>", "</h2>")
        .replace("<block>", "<div>")
        .replace("</block>", "</div>");
  }

  /** NITF's content: {@code body.content}, or the whole body when it has none. */
  private static Element nitfContent(Element nitfBody) {
    Element content = first(nitfBody, "body.content");
    return content == null ? nitfBody : content;
  }

  /** An NITF byline without its title element ({@code byttl}) and the trailing comma before it. */
  private static String nitfByline(Element nitfBody) {
    Element byline = first(nitfBody, "body.head", "byline");
    if (byline == null) {
      return "";
    }
    StringBuilder own = new StringBuilder();
    for (org.w3c.dom.Node c = byline.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        own.append(c.getNodeValue());
      }
    }
    return own.toString().strip().replaceAll("[,;]\\s*$", "").replaceFirst("(?i)^by\\s+", "");
  }

  private static List<IncomingItem.Subject> subjects(Element n) {
    List<IncomingItem.Subject> out = new ArrayList<>();
    for (Element s : children(first(n, "contentMeta"), "subject")) {
      String code = s.getAttribute("qcode");
      if (code.isEmpty()) {
        code = s.getAttribute("uri");
      }
      String name = text(s, "name");
      if (!code.isEmpty() || !name.isEmpty()) {
        out.add(new IncomingItem.Subject(code, name));
      }
    }
    return out;
  }

  private static List<IncomingItem.Picture> pictures(Element n, String headline) {
    if (!attr(n, "qcode", "itemMeta", "itemClass").endsWith("picture")) {
      return List.of();
    }
    List<IncomingItem.Rendition> renditions = new ArrayList<>();
    for (Element r : children(first(n, "contentSet"), "remoteContent")) {
      String href = r.getAttribute("href");
      if (href.startsWith("https://") || href.startsWith("http://")) {
        renditions.add(
            new IncomingItem.Rendition(
                r.getAttribute("rendition"),
                href,
                r.getAttribute("contenttype"),
                (int) number(r.getAttribute("width")),
                (int) number(r.getAttribute("height"))));
      }
    }
    String caption = text(n, "contentMeta", "description");
    return List.of(
        new IncomingItem.Picture(
            n.getAttribute("guid"),
            Bodies.text(caption.isEmpty() ? headline : caption),
            text(n, "contentMeta", "creator", "name"),
            renditions));
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
