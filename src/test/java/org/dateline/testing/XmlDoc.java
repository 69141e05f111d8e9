package org.dateline.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An XML document read by the JDK's own parser (namespace-aware, no DTDs) for XPath questions. The
 * prefixes {@code g} (NewsML-G2), {@code h} (XHTML) and {@code n} (NITF) are bound.
 */
public final class XmlDoc {
  private static final Map<String, String> PREFIXES =
      Map.of(
          "g", "http://iptc.org/std/nar/2006-10-01/",
          "h", "http://www.w3.org/1999/xhtml",
          "n", "http://iptc.org/std/NITF/2006-10-18/",
          "sm", "http://www.sitemaps.org/schemas/sitemap/0.9",
          "news", "http://www.google.com/schemas/sitemap-news/0.9",
          "media", "http://search.yahoo.com/mrss/",
          "xml", XMLConstants.XML_NS_URI);

  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private XmlDoc(Document document) {
    this.document = document;
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public Iterator<String> getPrefixes(String uri) {
            return List.<String>of().iterator();
          }
        });
  }

  /** Parses {@code xml}; throws when it is not well-formed. */
  public static XmlDoc parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new XmlDoc(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  public Document document() {
    return document;
  }

  /** The string value of an XPath expression. */
  public String text(String expression) {
    try {
      return xpath.evaluate(expression, document);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  /** The string values of the nodes an expression selects. */
  public List<String> texts(String expression) {
    List<String> out = new ArrayList<>();
    for (Node node : nodes(expression)) {
      out.add(node.getTextContent());
    }
    return out;
  }

  public List<Node> nodes(String expression) {
    try {
      NodeList list = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < list.getLength(); i++) {
        out.add(list.item(i));
      }
      return out;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }
}
