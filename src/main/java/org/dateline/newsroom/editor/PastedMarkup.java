package org.dateline.newsroom.editor;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * What pasted and typed markup means to the body: the elements that vanish, the ones that are
 * blocks or lists, and the styles Word, Google Docs and LibreOffice use for emphasis, hidden text,
 * list items and quotations. {@link #strip} removes what must never be read.
 */
final class PastedMarkup {
  /** Elements that vanish with everything inside them. */
  static final Set<String> REMOVED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "canvas",
          "audio",
          "video",
          "picture",
          "source",
          "track",
          "map",
          "area",
          "input",
          "button",
          "select",
          "option",
          "optgroup",
          "textarea",
          "datalist",
          "head",
          "title",
          "meta",
          "link",
          "base",
          "xml");

  static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "legend",
          "li",
          "listing",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "plaintext",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "xmp");

  /** The inline elements a paragraph may keep (the sanitizer's allow-list) and line breaks. */
  static final Set<String> INLINE_KEPT = Set.of("b", "strong", "i", "em", "a", "br");

  static final Set<String> LISTS = Set.of("ul", "ol", "dir", "menu");
  static final Evaluator ANY_BLOCK = QueryParser.parse(String.join(", ", BLOCKS));
  static final Evaluator ANY_LIST = QueryParser.parse(String.join(", ", LISTS));

  static final Pattern ABSOLUTE_LINK = Pattern.compile("(?i)(?:https?|mailto):\\S+");
  // Not "mso-bidi-font-weight:normal", which Word puts on bold text meaning "not bold in
  // right-to-left scripts".
  static final Pattern BOLD =
      Pattern.compile("(?i)(?<![\\w-])font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");
  static final Pattern NOT_BOLD =
      Pattern.compile("(?i)(?<![\\w-])font-weight\\s*:\\s*(?:normal|lighter|[1-5]00)");
  static final Pattern ITALIC =
      Pattern.compile("(?i)(?<![\\w-])font-style\\s*:\\s*(?:italic|oblique)");
  static final Pattern NOT_ITALIC = Pattern.compile("(?i)(?<![\\w-])font-style\\s*:\\s*normal");
  static final Pattern HIDDEN =
      Pattern.compile("(?i)(?<![\\w-])display\\s*:\\s*none|mso-hide\\s*:\\s*all");

  /** Word writes list items as paragraphs styled {@code mso-list:l0 level1 lfo1}. */
  static final Pattern WORD_LIST_ITEM = Pattern.compile("(?i)mso-list\\s*:\\s*l\\d");

  /** ...whose bullet or number is a span styled {@code mso-list:Ignore}. */
  static final Pattern WORD_LIST_MARKER = Pattern.compile("(?i)mso-list\\s*:\\s*ignore");

  static final Pattern ORDERED_MARKER = Pattern.compile("^\\(?[0-9a-zA-Z]{1,5}[.)]");

  /**
   * Paragraph styles that are quotations: Word's Quote and Intense Quote, LibreOffice's Quotations.
   */
  static final Pattern QUOTE_STYLE =
      Pattern.compile("(?i)\\b(?:MsoQuote|MsoIntenseQuote|quotations)\\b");

  private PastedMarkup() {}

  /**
   * Removes what must never be read: comments, scripts, styles, objects, hidden and Office-only
   * markup.
   */
  static void strip(Element body) {
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment
                || node instanceof DataNode
                || node instanceof XmlDeclaration
                || node instanceof DocumentType) {
              return FilterResult.REMOVE;
            }
            if (node instanceof Element e && !e.equals(body)) {
              String name = e.normalName();
              // VML shapes, Word and math namespaces hold drawing instructions, never story text.
              if (REMOVED.contains(name)
                  || name.startsWith("v:")
                  || name.startsWith("w:")
                  || name.startsWith("m:")
                  || HIDDEN.matcher(e.attr("style")).find()) {
                return FilterResult.REMOVE;
              }
            }
            return FilterResult.CONTINUE;
          }
        });
    for (Element e : body.getAllElements()) {
      if (!e.equals(body) && e.normalName().indexOf(':') > 0) {
        e.unwrap(); // <o:p>, <st1:place> and other Office tags: keep their text
      }
    }
  }
}
