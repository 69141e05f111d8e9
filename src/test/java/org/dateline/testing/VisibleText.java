package org.dateline.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's text as a text browser shows it, top to bottom: text content, image alt text in place of
 * the image, nothing of head, script or style. CSS is not applied, as in a text browser.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder out = new StringBuilder();
    walk(doc.body(), out);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static void walk(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      out.append(t.text());
      return;
    }
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("template")) {
        return;
      }
      if (tag.equals("img")) {
        out.append(' ').append(e.attr("alt")).append(' ');
        return;
      }
      boolean block = e.isBlock() || tag.equals("br");
      if (block) {
        out.append('\n');
      }
      for (Node child : e.childNodes()) {
        walk(child, out);
      }
      if (block) {
        out.append('\n');
      }
    }
  }

  /** Collapses whitespace the way {@link #of} does, for comparing lines of text. */
  public static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
