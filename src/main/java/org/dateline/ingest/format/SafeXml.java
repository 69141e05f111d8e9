package org.dateline.ingest.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dateline.shared.Html;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML read without DTDs: a document type declaration is refused, so no external entity (XXE), no
 * entity expansion (billion laughs) and no fetching of anything can happen. Helpers walk elements
 * by local name, whatever their namespace. Thread-safe: each thread keeps one parser and resets it
 * after every document (making a factory and a parser per document, which looks the parser up on
 * the class path, cost more than parsing a news item; decision 0089).
 */
public final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = factory();
  private static final ThreadLocal<DocumentBuilder> PARSERS =
      ThreadLocal.withInitial(SafeXml::newParser);

  private SafeXml() {}

  /** Parses bytes; refuses ({@link NotAnArticle}) malformed XML and any DOCTYPE. */
  public static Document parse(byte[] bytes) {
    DocumentBuilder b = PARSERS.get();
    try {
      return b.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException e) {
      throw new NotAnArticle("not well-formed XML: " + oneLine(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new NotAnArticle("not readable as XML: " + oneLine(e.getMessage()));
    } finally {
      b.reset(); // back to the factory's settings, then our handlers again
      handlers(b);
    }
  }

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
  }

  private static DocumentBuilder newParser() {
    try {
      synchronized (FACTORY) { // a factory is not thread-safe; its parsers are one per thread
        DocumentBuilder b = FACTORY.newDocumentBuilder();
        handlers(b);
        return b;
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
  }

  private static void handlers(DocumentBuilder b) {
    b.setErrorHandler(new DefaultHandler()); // no printing to stderr; errors still throw
    b.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("external entities are not read");
        });
  }

  /** The element's children with that local name. */
  public static List<Element> children(@Nullable Element e, String localName) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && localName.equals(c.getLocalName())) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first element at that path of local names below {@code e}, or null. */
  public static @Nullable Element first(@Nullable Element e, String... path) {
    Element at = e;
    for (String name : path) {
      List<Element> c = children(at, name);
      if (c.isEmpty()) {
        return null;
      }
      at = c.get(0);
    }
    return at;
  }

  /** The trimmed text at that path, or empty. */
  public static String text(@Nullable Element e, String... path) {
    Element at = first(e, path);
    return at == null ? "" : at.getTextContent().strip();
  }

  /** An attribute of the element at that path, or empty. */
  public static String attr(@Nullable Element e, String attribute, String... path) {
    Element at = first(e, path);
    return at == null ? "" : at.getAttribute(attribute).strip();
  }

  /** The element's content written back as markup (local names, attributes, escaped text). */
  public static String inner(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      write(n, out, 0);
    }
    return out.toString();
  }

  private static void write(Node n, StringBuilder out, int depth) {
    if (depth > 200) {
      return; // deeper than any body: its text is not worth a stack overflow
    }
    if (n instanceof Element e) {
      String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
      out.append('<').append(name);
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Node a = attrs.item(i);
        String an = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
        if (!an.startsWith("xmlns") && an.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
          out.append(' ')
              .append(an)
              .append("=\"")
              .append(Html.escape(a.getNodeValue()))
              .append('"');
        }
      }
      out.append('>');
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        write(c, out, depth + 1);
      }
      out.append("</").append(name).append('>');
    } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(Html.escape(n.getNodeValue()));
    }
  }

  /** The document's root element; refuses an empty document. */
  public static Element root(Document d) {
    Element root = d.getDocumentElement();
    if (root == null) {
      throw new NotAnArticle("no root element");
    }
    return root;
  }

  private static String oneLine(@Nullable String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
