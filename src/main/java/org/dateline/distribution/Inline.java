package org.dateline.distribution;

import java.util.ArrayList;
import java.util.List;
import org.dateline.shared.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline markup of a paragraph as a small tree: text, strong, emphasis and links, nothing else.
 * Parsing runs the stored HTML through the allow-list again ({@link Html#sanitizeInline}), so a
 * writer that walks this tree cannot emit anything the public page would not.
 */
public sealed interface Inline {
  /** Plain text. */
  record Text(String text) implements Inline {}

  /** Bold ({@code b} or {@code strong}). */
  record Strong(List<Inline> children) implements Inline {}

  /** Italic ({@code i} or {@code em}). */
  record Emphasis(List<Inline> children) implements Inline {}

  /** A link to an absolute http(s) or mailto URL. */
  record Link(String href, List<Inline> children) implements Inline {}

  /** The tree of a paragraph's stored HTML. */
  static List<Inline> parse(String html) {
    Element body = Jsoup.parseBodyFragment(Html.sanitizeInline(html)).body();
    return children(body);
  }

  private static List<Inline> children(Element parent) {
    List<Inline> out = new ArrayList<>();
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        String text = SafeText.clean(t.getWholeText());
        if (!text.isEmpty()) {
          out.add(new Text(text));
        }
      } else if (node instanceof Element e) {
        List<Inline> inner = children(e);
        switch (e.normalName()) {
          case "b", "strong" -> out.add(new Strong(inner));
          case "i", "em" -> out.add(new Emphasis(inner));
          case "a" -> {
            String href = e.attr("href");
            if (href.matches("(?i)(https?|mailto):\\S+")) {
              out.add(new Link(href, inner));
            } else {
              out.addAll(inner);
            }
          }
          default -> out.addAll(inner);
        }
      }
    }
    return out;
  }

  /** The text of a tree, without markup. */
  static String text(List<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        b.append(t.text());
      } else if (inline instanceof Strong s) {
        b.append(text(s.children()));
      } else if (inline instanceof Emphasis e) {
        b.append(text(e.children()));
      } else if (inline instanceof Link l) {
        b.append(text(l.children()));
      }
    }
    return b.toString();
  }
}
