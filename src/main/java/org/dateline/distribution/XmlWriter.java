package org.dateline.distribution;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XML through StAX (which escapes every text and attribute) with two-space indentation
 * between elements; an element opened with {@link #startMixed} holds text and inline elements and
 * gets no added white space inside, so a paragraph's text stays exactly as written. Not
 * thread-safe: one per document.
 */
public final class XmlWriter {
  private final XMLStreamWriter out;
  private final boolean indent;

  /** Per open element: whether it has child elements, and whether it is (inside) mixed content. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean first = true;

  public XmlWriter(Writer writer, boolean indent) {
    try {
      // The JDK's own factory (no service look-up), one per document: nothing is shared.
      this.out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("no StAX writer", e);
    }
    this.indent = indent;
  }

  /** The XML declaration, {@code <?xml version="1.0" encoding="UTF-8"?>}. */
  public XmlWriter declaration() {
    first = false;
    return call(() -> out.writeStartDocument("UTF-8", "1.0"));
  }

  /** Opens an element whose children are elements (indented). */
  public XmlWriter start(String name) {
    return open(name, false);
  }

  /** Opens an element of mixed content: no white space is added inside it. */
  public XmlWriter startMixed(String name) {
    return open(name, true);
  }

  private XmlWriter open(String name, boolean mixed) {
    boolean[] parent = open.peek();
    boolean insideMixed = parent != null && parent[1];
    if (!insideMixed) {
      newline(open.size());
    }
    if (parent != null) {
      parent[0] = true;
    }
    open.push(new boolean[] {false, mixed || insideMixed});
    return call(() -> out.writeStartElement(name));
  }

  /**
   * An element without content, written {@code <name/>} (valid for HTML's void elements such as
   * {@code img}); attributes follow.
   */
  public XmlWriter empty(String name) {
    boolean[] parent = open.peek();
    if (parent == null || !parent[1]) {
      newline(open.size());
    }
    if (parent != null) {
      parent[0] = true;
    }
    return call(() -> out.writeEmptyElement(name));
  }

  /** Declares the default namespace on the element just opened. */
  public XmlWriter namespace(String uri) {
    return call(() -> out.writeDefaultNamespace(uri));
  }

  public XmlWriter attribute(String name, String value) {
    return call(() -> out.writeAttribute(name, value));
  }

  /** {@code xml:lang} on the element just opened. */
  public XmlWriter lang(String tag) {
    return call(() -> out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", tag));
  }

  public XmlWriter text(String text) {
    return call(() -> out.writeCharacters(text));
  }

  /** An element holding only text: {@code <name>text</name>}. */
  public XmlWriter element(String name, String text) {
    return startMixed(name).text(text).end();
  }

  public XmlWriter end() {
    boolean[] element = open.pop();
    if (element[0] && !element[1]) {
      newline(open.size());
    }
    return call(out::writeEndElement);
  }

  /** Closes every open element and flushes. */
  public void finish() {
    while (!open.isEmpty()) {
      end();
    }
    call(
        () -> {
          out.writeEndDocument();
          out.flush();
        });
  }

  private void newline(int depth) {
    if (!indent) {
      return;
    }
    if (first && depth == 0) {
      first = false;
      return;
    }
    first = false;
    call(() -> out.writeCharacters("\n" + "  ".repeat(depth)));
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private XmlWriter call(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory failed", e);
    }
  }
}
