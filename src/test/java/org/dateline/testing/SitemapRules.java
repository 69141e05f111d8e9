package org.dateline.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sitemaps protocol's rules (sitemaps.org 0.9), checked on a parsed document because the
 * official XSDs cannot be fetched here: the namespace and root element, at most 50,000 entries and
 * 50 MB, absolute URLs under the site's base, {@code lastmod} as a W3C datetime; and for a news
 * sitemap Google's required {@code news:publication} (name, language), {@code
 * news:publication_date} and {@code news:title}, at most 1,000 stories.
 */
public final class SitemapRules {
  public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

  /** The namespace of a {@code url}'s {@code xhtml:link} alternates (decision 0077). */
  public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  /** The W3C datetime profile (https://www.w3.org/TR/NOTE-datetime) sitemaps accept. */
  private static final Pattern W3C_DATETIME =
      Pattern.compile(
          "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

  private SitemapRules() {}

  /** What is wrong with {@code xml} as a sitemap index; empty when nothing. */
  public static List<String> indexErrors(String xml, String base) {
    return errors(xml, base, "sitemapindex", "sitemap", 50_000, false);
  }

  /** What is wrong with {@code xml} as a {@code urlset}; empty when nothing. */
  public static List<String> urlsetErrors(String xml, String base) {
    return errors(xml, base, "urlset", "url", 50_000, false);
  }

  /** What is wrong with {@code xml} as a Google news sitemap; empty when nothing. */
  public static List<String> newsErrors(String xml, String base) {
    return errors(xml, base, "urlset", "url", 1_000, true);
  }

  private static List<String> errors(
      String xml, String base, String root, String entry, int max, boolean news) {
    List<String> errors = new ArrayList<>();
    if (xml.getBytes(StandardCharsets.UTF_8).length > 50 * 1024 * 1024) {
      errors.add("larger than 50 MB");
    }
    if (!xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")) {
      errors.add("no UTF-8 XML declaration");
    }
    Element top = XmlDoc.parse(xml).document().getDocumentElement();
    if (!NS.equals(top.getNamespaceURI()) || !root.equals(top.getLocalName())) {
      errors.add("root is {" + top.getNamespaceURI() + "}" + top.getLocalName());
    }
    List<Element> entries = children(top, NS, entry);
    if (entries.size() > max) {
      errors.add(entries.size() + " entries, more than " + max);
    }
    if (entries.size() != children(top, null, null).size()) {
      errors.add("an element other than " + entry + " under " + root);
    }
    for (Element e : entries) {
      List<Element> loc = children(e, NS, "loc");
      if (loc.size() != 1) {
        errors.add(entry + " with " + loc.size() + " loc");
        continue;
      }
      String url = loc.get(0).getTextContent();
      if (!url.startsWith(base + "/")
          || url.length() >= 2048
          || url.matches(".*[\\s<>\"{}|\\\\^`].*")) {
        errors.add("not an absolute, escaped URL under " + base + ": " + url);
      }
      for (Element lastmod : children(e, NS, "lastmod")) {
        if (!W3C_DATETIME.matcher(lastmod.getTextContent()).matches()) {
          errors.add("lastmod is not a W3C datetime: " + lastmod.getTextContent());
        }
      }
      if (news) {
        newsErrors(e, url, errors);
      }
      for (Element link : children(e, XHTML_NS, null)) {
        if (!link.getLocalName().equals("link")
            || !link.getAttribute("rel").equals("alternate")
            || !link.getAttribute("hreflang").matches("x-default|[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")
            || !link.getAttribute("href").startsWith(base + "/")
            || link.hasChildNodes()) {
          errors.add(url + ": not an empty xhtml:link rel=alternate with hreflang and href");
        }
      }
      for (Element other : children(e, null, null)) {
        String ns = other.getNamespaceURI();
        if (!NS.equals(ns) && !XHTML_NS.equals(ns) && !NEWS_NS.equals(ns)) {
          errors.add(url + ": an element of namespace " + ns);
        }
      }
    }
    return errors;
  }

  private static void newsErrors(Element url, String loc, List<String> errors) {
    List<Element> news = children(url, NEWS_NS, "news");
    if (news.size() != 1) {
      errors.add(loc + ": " + news.size() + " news:news");
      return;
    }
    Element n = news.get(0);
    List<Element> publication = children(n, NEWS_NS, "publication");
    if (publication.size() != 1
        || children(publication.get(0), NEWS_NS, "name").size() != 1
        || children(publication.get(0), NEWS_NS, "language").size() != 1) {
      errors.add(loc + ": news:publication needs one name and one language");
    } else {
      String language = children(publication.get(0), NEWS_NS, "language").get(0).getTextContent();
      if (!language.matches("[a-z]{2,3}|zh-cn|zh-tw")) {
        errors.add(loc + ": news:language " + language + " is not ISO 639 (or zh-cn, zh-tw)");
      }
    }
    List<Element> date = children(n, NEWS_NS, "publication_date");
    if (date.size() != 1 || !W3C_DATETIME.matcher(date.get(0).getTextContent()).matches()) {
      errors.add(loc + ": needs one news:publication_date in W3C format");
    }
    List<Element> title = children(n, NEWS_NS, "title");
    if (title.size() != 1 || title.get(0).getTextContent().isBlank()) {
      errors.add(loc + ": needs one news:title");
    }
  }

  /** The child elements of {@code parent} with this namespace and name (null: any). */
  public static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e
          && (ns == null || ns.equals(e.getNamespaceURI()))
          && (name == null || name.equals(e.getLocalName()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Each entry's {@code xhtml:link} alternates: loc → (hreflang → href), in order. */
  public static java.util.Map<String, java.util.Map<String, String>> alternates(String xml) {
    Element top = XmlDoc.parse(xml).document().getDocumentElement();
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.LinkedHashMap<>();
    for (Element e : children(top, NS, "url")) {
      java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
      for (Element link : children(e, XHTML_NS, "link")) {
        links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
      }
      out.put(children(e, NS, "loc").get(0).getTextContent(), links);
    }
    return out;
  }

  /** The {@code loc} of every entry. */
  public static List<String> locs(String xml) {
    Element top = XmlDoc.parse(xml).document().getDocumentElement();
    List<String> out = new ArrayList<>();
    for (Element e : children(top, NS, null)) {
      children(e, NS, "loc").forEach(l -> out.add(l.getTextContent()));
    }
    return out;
  }
}
