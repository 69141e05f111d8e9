package org.dateline.newsroom.editor;

import static org.dateline.newsroom.editor.PastedMarkup.ABSOLUTE_LINK;
import static org.dateline.newsroom.editor.PastedMarkup.BOLD;
import static org.dateline.newsroom.editor.PastedMarkup.INLINE_KEPT;
import static org.dateline.newsroom.editor.PastedMarkup.ITALIC;
import static org.dateline.newsroom.editor.PastedMarkup.NOT_BOLD;
import static org.dateline.newsroom.editor.PastedMarkup.NOT_ITALIC;

import java.util.ArrayList;
import java.util.List;
import org.dateline.shared.Html;
import org.dateline.shared.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The inline HTML of one paragraph: styled spans become bold and italic, redundant emphasis and
 * everything outside the allow-list is unwrapped, and the result is sanitized until it reads back
 * as itself.
 */
final class InlineHtml {
  private InlineHtml() {}

  /**
   * The inline HTML of a run of nodes, moved out of their document into {@code scratch}: styles
   * become emphasis, every element outside the allow-list is unwrapped, white space is collapsed;
   * line breaks stay as {@code <br>}.
   */
  static String of(List<Node> nodes, Document scratch) {
    Element wrapper = scratch.body().appendElement("div");
    for (Node node : new ArrayList<>(nodes)) {
      wrapper.appendChild(node);
    }
    for (Element e : wrapper.getAllElements()) {
      if (!e.equals(wrapper)) {
        inlineStyle(e);
      }
    }
    for (Element e : wrapper.getAllElements()) {
      boolean deadLink =
          e.normalName().equals("a") && !ABSOLUTE_LINK.matcher(e.attr("href").strip()).matches();
      // Spans, fonts and the like go before the sanitizer sees them: it stops at 256 nested
      // elements.
      // Relative, javascript: and data: links keep their words and lose the link.
      if (!e.equals(wrapper) && (deadLink || !INLINE_KEPT.contains(e.normalName()))) {
        e.unwrap();
      }
    }
    redundantEmphasis(wrapper).forEach(Element::unwrap);
    mergeAdjacentTexts(wrapper);
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            t.text(Spaces.clean(t.getWholeText()));
          }
        },
        wrapper);
    String html = wrapper.html();
    wrapper.remove();
    return html;
  }

  /**
   * A span styled bold or italic (Google Docs, LibreOffice) becomes b or i; Docs' whole-paste
   * {@code <b style="font-weight:normal">} stops being bold.
   */
  static void inlineStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return;
    }
    String name = e.normalName();
    if (((name.equals("b") || name.equals("strong")) && NOT_BOLD.matcher(style).find())
        || ((name.equals("i") || name.equals("em")) && NOT_ITALIC.matcher(style).find())) {
      e.tagName("span");
      name = "span";
    }
    if (!name.equals("b") && !name.equals("strong") && BOLD.matcher(style).find()) {
      wrapChildren(e, "b");
    }
    if (!name.equals("i") && !name.equals("em") && ITALIC.matcher(style).find()) {
      wrapChildren(e, "i");
    }
  }

  /**
   * Bold inside bold and italic inside italic: Word nests them, and the sanitizer gives up on text
   * nested past 256 elements, so a pathological paste would lose its words.
   */
  static List<Element> redundantEmphasis(Element within) {
    List<Element> redundant = new ArrayList<>();
    int[] open = new int[2];
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            int kind = emphasis(node);
            if (kind >= 0 && open[kind]++ > 0) {
              redundant.add((Element) node);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            int kind = emphasis(node);
            if (kind >= 0) {
              open[kind]--;
            }
          }
        },
        within);
    return redundant;
  }

  /**
   * Joins text nodes left side by side by unwrapping, so white space collapses across them as it
   * will when the paragraph is parsed again.
   */
  static void mergeAdjacentTexts(Element within) {
    for (Element e : within.getAllElements()) {
      TextNode previous = null;
      for (Node child : new ArrayList<>(e.childNodes())) {
        if (child instanceof TextNode text && previous != null) {
          previous.text(previous.getWholeText() + text.getWholeText());
          text.remove();
        } else {
          previous = child instanceof TextNode text ? text : null;
        }
      }
    }
  }

  /** 0 for bold, 1 for italic, -1 for anything else. */
  static int emphasis(Node node) {
    if (node instanceof Element e) {
      return switch (e.normalName()) {
        case "b", "strong" -> 0;
        case "i", "em" -> 1;
        default -> -1;
      };
    }
    return -1;
  }

  static void wrapChildren(Element e, String tag) {
    Element inner = new Element(tag);
    inner.appendChildren(new ArrayList<>(e.childNodes()));
    e.appendChild(inner);
  }

  /**
   * Sanitized inline HTML that reads back as itself, and as the store keeps it: the sanitizer may
   * drop an element and leave two runs of white space side by side, and the store's normalizing
   * ({@link Text#line}, which the paragraph applies) strips invisible ends, which may leave a
   * {@code &#123;} at the end where the sanitizer writes an empty comment after it (it breaks up
   * {@code &#123;&#123;} template syntax). So collapsing, sanitizing and normalizing repeat until
   * nothing changes.
   */
  static String canonicalInline(String html) {
    String current = html;
    for (int pass = 0; pass < 5; pass++) {
      Document document = Jsoup.parseBodyFragment(current);
      document.outputSettings().prettyPrint(false);
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              t.text(Spaces.clean(t.getWholeText()));
            }
          },
          document.body());
      String next = Text.line(Spaces.stripEdgesHtml(Html.sanitizeInline(document.body().html())));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }
}
