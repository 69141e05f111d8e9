package org.dateline.newsroom.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.shared.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The editor's HTML, both ways. {@link #parse} reads what the browser editor sends, and what
 * writers paste from Word, Google Docs or LibreOffice, into body blocks; {@link #render} writes
 * blocks as editor HTML that {@code parse} reads back to the same blocks.
 *
 * <p>The server never trusts the editor: paragraphs keep only the inline allow-list of {@link
 * Html#sanitizeInline} with absolute http(s)/mailto links; headings, quotes and list items keep
 * text only; photos must be stored under {@code /media/}. Scripts, styles, comments (Word's
 * conditional ones too), hidden Word markup and embedded objects vanish; any other element is
 * reduced to its text. Stateless and thread-safe.
 */
public final class BodyHtml {
  static final String ALT_REQUIRED = "Every photo needs alt text: describe what the photo shows.";
  static final String UNREADABLE =
      "The story body could not be read. Paste it as plain text and try again.";

  /** Past this nesting a container is not walked further: its text becomes one paragraph. */
  private static final int MAX_DEPTH = 40;

  /** Elements that vanish with everything inside them. */
  private static final Set<String> REMOVED =
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

  private static final Set<String> BLOCKS =
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
  private static final Set<String> INLINE_KEPT = Set.of("b", "strong", "i", "em", "a", "br");

  private static final Set<String> LISTS = Set.of("ul", "ol", "dir", "menu");
  private static final Evaluator ANY_BLOCK = QueryParser.parse(String.join(", ", BLOCKS));
  private static final Evaluator ANY_LIST = QueryParser.parse(String.join(", ", LISTS));

  private static final Pattern MEDIA =
      Pattern.compile("/media/[a-z0-9][a-z0-9._-]{0,120}\\.(?:jpg|png|webp)");
  private static final Pattern SRCSET_ENTRY =
      Pattern.compile("(" + MEDIA.pattern() + ")\\s+([1-9][0-9]{0,4})w");
  private static final Pattern ABSOLUTE_LINK = Pattern.compile("(?i)(?:https?|mailto):\\S+");
  // Not "mso-bidi-font-weight:normal", which Word puts on bold text meaning "not bold in
  // right-to-left scripts".
  private static final Pattern BOLD =
      Pattern.compile("(?i)(?<![\\w-])font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");
  private static final Pattern NOT_BOLD =
      Pattern.compile("(?i)(?<![\\w-])font-weight\\s*:\\s*(?:normal|lighter|[1-5]00)");
  private static final Pattern ITALIC =
      Pattern.compile("(?i)(?<![\\w-])font-style\\s*:\\s*(?:italic|oblique)");
  private static final Pattern NOT_ITALIC =
      Pattern.compile("(?i)(?<![\\w-])font-style\\s*:\\s*normal");
  private static final Pattern HIDDEN =
      Pattern.compile("(?i)(?<![\\w-])display\\s*:\\s*none|mso-hide\\s*:\\s*all");

  /** Word writes list items as paragraphs styled {@code mso-list:l0 level1 lfo1}. */
  private static final Pattern WORD_LIST_ITEM = Pattern.compile("(?i)mso-list\\s*:\\s*l\\d");

  /** ...whose bullet or number is a span styled {@code mso-list:Ignore}. */
  private static final Pattern WORD_LIST_MARKER = Pattern.compile("(?i)mso-list\\s*:\\s*ignore");

  private static final Pattern ORDERED_MARKER = Pattern.compile("^\\(?[0-9a-zA-Z]{1,5}[.)]");

  /**
   * Paragraph styles that are quotations: Word's Quote and Intense Quote, LibreOffice's Quotations.
   */
  private static final Pattern QUOTE_STYLE =
      Pattern.compile("(?i)\\b(?:MsoQuote|MsoIntenseQuote|quotations)\\b");

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]");

  /**
   * Runs of white space collapse as a browser shows them; a single no-break space is kept on
   * purpose.
   */
  private static final Pattern SPACES =
      Pattern.compile("[ \\t\\n\\r\\f\\u00a0]{2,}|[\\t\\n\\r\\f]");

  private static final Pattern EDGE_SPACES = Pattern.compile("^[ \\u00a0]+|[ \\u00a0]+$");
  private static final Pattern EDGE_SPACES_HTML =
      Pattern.compile(
          "^(?:[ \\u00a0]|&nbsp;|&#xa0;|&#160;)+|(?:[ \\u00a0]|&nbsp;|&#xa0;|&#160;)+$");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n");

  /** The one dash that introduces a cite ("— Maria Ortiz"), as the public page shows it too. */
  private static final Pattern LEADING_DASH =
      Pattern.compile("^(?:[\\u2014\\u2013\\u2015]|--?)\\s*");

  private BodyHtml() {}

  /**
   * The blocks of the editor's (or pasted) HTML; empty paragraphs are dropped.
   *
   * @throws BodyRejected when a photo has no alt text; never any other exception
   */
  public static List<Block> parse(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    try {
      Document document = Jsoup.parse(html);
      Element body = document.body();
      strip(body);
      Walk walk = new Walk();
      walk.container(body, 0);
      return walk.finish();
    } catch (BodyRejected e) {
      throw e;
    } catch (RuntimeException e) {
      // The contract is "BodyRejected or blocks": a surprise in a parser must reach the writer as a
      // message.
      throw new BodyRejected(UNREADABLE, e);
    }
  }

  /**
   * The editor HTML of blocks: one element per block, which {@link #parse} reads back unchanged.
   */
  public static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        out.append("<p>").append(Html.sanitizeInline(p.html())).append("</p>");
      } else if (block instanceof Block.Heading h) {
        out.append("<h2>").append(Html.escape(h.text())).append("</h2>");
      } else if (block instanceof Block.Quote q) {
        out.append("<blockquote><p>").append(Html.escape(q.text())).append("</p>");
        if (!q.cite().isEmpty()) {
          out.append("<footer>\u2014 ").append(Html.escape(q.cite())).append("</footer>");
        }
        out.append("</blockquote>");
      } else if (block instanceof Block.ListBlock l) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag).append('>');
        l.items().forEach(item -> out.append("<li>").append(Html.escape(item)).append("</li>"));
        out.append("</").append(tag).append('>');
      } else if (block instanceof Block.Photo ph) {
        renderPhoto(ph, out);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void renderPhoto(Block.Photo ph, StringBuilder out) {
    out.append("<figure data-src=\"")
        .append(Html.escape(ph.src()))
        .append("\" data-srcset=\"")
        .append(Html.escape(ph.srcset()))
        .append("\" data-width=\"")
        .append(ph.width())
        .append("\" data-height=\"")
        .append(ph.height())
        .append("\" data-credit=\"")
        .append(Html.escape(ph.credit()))
        .append("\"><img");
    if (!ph.src().isEmpty()) {
      // The editor shows the photo from the newsroom's address: the public /media/ address answers
      // only once a public story shows the photo. data-src keeps the stored address.
      String shown = ph.src().startsWith("/media/") ? "/newsroom" + ph.src() : ph.src();
      out.append(" src=\"").append(Html.escape(shown)).append('"');
    }
    out.append(" alt=\"").append(Html.escape(ph.alt())).append('"');
    if (ph.width() > 0 && ph.height() > 0) {
      out.append(" width=\"")
          .append(ph.width())
          .append("\" height=\"")
          .append(ph.height())
          .append('"');
    }
    out.append("><figcaption>").append(Html.escape(ph.caption())).append("</figcaption></figure>");
  }

  /**
   * Removes what must never be read: comments, scripts, styles, objects, hidden and Office-only
   * markup.
   */
  private static void strip(Element body) {
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
            if (node instanceof Element e && e != body) {
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
      if (e != body && e.normalName().indexOf(':') > 0) {
        e.unwrap(); // <o:p>, <st1:place> and other Office tags: keep their text
      }
    }
  }

  /** One walk over a parsed body, appending blocks in document order. */
  private static final class Walk {
    private final List<Block> blocks = new ArrayList<>();
    private final Document scratch = scratch();
    private List<String> wordListItems = new ArrayList<>();
    private boolean wordListOrdered;

    List<Block> finish() {
      endWordList();
      return List.copyOf(blocks);
    }

    void container(Element parent, int depth) {
      List<Node> run = new ArrayList<>();
      for (Node child : new ArrayList<>(parent.childNodes())) {
        if (child instanceof Element e
            && (BLOCKS.contains(e.normalName()) || e.selectFirst(ANY_BLOCK) != null)) {
          paragraphs(run);
          run.clear();
          block(e, depth);
        } else if (child instanceof TextNode t && BLANK_LINE.matcher(t.getWholeText()).find()) {
          // Loose text with blank lines is typed text (the textarea without JavaScript): one
          // paragraph each.
          String[] pieces = BLANK_LINE.split(t.getWholeText(), -1);
          for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
              paragraphs(run);
              run.clear();
            }
            run.add(new TextNode(pieces[i]));
          }
        } else if (!(run.isEmpty() && child instanceof TextNode t && t.isBlank())) {
          run.add(child);
        }
      }
      paragraphs(run);
    }

    private void block(Element e, int depth) {
      String name = e.normalName();
      if (depth > MAX_DEPTH) {
        text(textOf(e));
      } else if (name.matches("h[1-6]")) {
        String text = textOf(e);
        if (!text.isEmpty()) {
          add(new Block.Heading(text));
        }
      } else if (name.equals("blockquote")) {
        quote(e);
      } else if (LISTS.contains(name)) {
        List<String> items = new ArrayList<>();
        items(e, items, depth);
        if (!items.isEmpty()) {
          add(new Block.ListBlock(name.equals("ol"), items));
        }
      } else if (name.equals("figure")) {
        figure(e, depth);
      } else if (name.equals("table")) {
        table(e);
      } else if (name.equals("pre")
          || name.equals("xmp")
          || name.equals("listing")
          || name.equals("plaintext")) {
        e.wholeText().lines().forEach(this::text);
      } else if (name.equals("hr")) {
        // a rule carries nothing
      } else if (name.equals("p") && WORD_LIST_ITEM.matcher(e.attr("style")).find()) {
        wordListItem(e);
      } else if (name.equals("p") && QUOTE_STYLE.matcher(e.className()).find()) {
        String text = textOf(e);
        if (!text.isEmpty()) {
          add(new Block.Quote(text, ""));
        }
      } else if (e.children().stream().anyMatch(child -> child.selectFirst(ANY_BLOCK) != null)) {
        container(e, depth + 1);
      } else {
        paragraphs(e.childNodes());
      }
    }

    private void add(Block block) {
      endWordList();
      blocks.add(block);
    }

    /** Paragraphs of inline nodes: one per line, since a paragraph holds no line breaks. */
    private void paragraphs(List<Node> nodes) {
      if (nodes.isEmpty()) {
        return;
      }
      Element wrapper = scratch.body().appendElement("div");
      for (Node node : new ArrayList<>(nodes)) {
        wrapper.appendChild(node);
      }
      for (Element e : wrapper.getAllElements()) {
        if (e != wrapper) {
          inlineStyle(e);
        }
      }
      for (Element e : wrapper.getAllElements()) {
        boolean deadLink =
            e.normalName().equals("a") && !ABSOLUTE_LINK.matcher(e.attr("href").strip()).matches();
        // Spans, fonts and the like go before the sanitizer sees them: it stops at 256 nested
        // elements.
        // Relative, javascript: and data: links keep their words and lose the link.
        if (e != wrapper && (deadLink || !INLINE_KEPT.contains(e.normalName()))) {
          e.unwrap();
        }
      }
      redundantEmphasis(wrapper).forEach(Element::unwrap);
      mergeAdjacentTexts(wrapper);
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              t.text(
                  SPACES.matcher(CONTROL.matcher(t.getWholeText()).replaceAll("")).replaceAll(" "));
            }
          },
          wrapper);
      String html = wrapper.html();
      wrapper.remove();
      for (String line : html.split("<br>", -1)) {
        paragraph(line);
      }
    }

    private void paragraph(String inlineHtml) {
      String html = canonicalInline(inlineHtml);
      if (!clean(Html.toText(html)).isEmpty()) {
        add(new Block.Paragraph(html));
      }
    }

    private void text(String text) {
      paragraph(Html.escape(clean(text)));
    }

    private void quote(Element quote) {
      Element copy = quote.clone();
      String cite = "";
      for (Element source : copy.select("footer, cite")) {
        if (cite.isEmpty()) {
          cite = LEADING_DASH.matcher(textOf(source)).replaceFirst("");
        }
        source.remove();
      }
      String text = textOf(copy);
      if (!text.isEmpty()) {
        add(new Block.Quote(text, cite));
      }
    }

    /** The items of a list; nested lists are flattened after their parent item. */
    private void items(Element list, List<String> items, int depth) {
      for (Element child : list.children()) {
        if (depth > MAX_DEPTH) {
          addIfText(items, textOf(child));
          continue;
        }
        if (LISTS.contains(child.normalName())) {
          items(child, items, depth + 1);
          continue;
        }
        Element copy = child.clone();
        copy.select(ANY_LIST).remove();
        addIfText(items, textOf(copy));
        for (Element nested : outermostLists(child)) {
          items(nested, items, depth + 1);
        }
      }
    }

    private void wordListItem(Element p) {
      String marker = "";
      for (Element span : p.select("span[style]")) {
        if (WORD_LIST_MARKER.matcher(span.attr("style")).find()) {
          marker = marker.isEmpty() ? textOf(span) : marker;
          span.remove();
        }
      }
      boolean ordered = ORDERED_MARKER.matcher(marker).find();
      if (!wordListItems.isEmpty() && ordered != wordListOrdered) {
        endWordList();
      }
      wordListOrdered = ordered;
      addIfText(wordListItems, textOf(p));
    }

    private void endWordList() {
      if (!wordListItems.isEmpty()) {
        blocks.add(new Block.ListBlock(wordListOrdered, wordListItems));
        wordListItems = new ArrayList<>();
      }
    }

    private void figure(Element figure, int depth) {
      Element img = figure.selectFirst("img");
      boolean ours = figure.hasAttr("data-src");
      if (!ours && img == null) {
        container(figure, depth + 1); // a figure of text (a quote, a table): keep the text
        return;
      }
      String src = figure.attr("data-src").strip();
      if (src.isEmpty() && img != null) {
        src = img.attr("src").strip();
      }
      // Only photos stored here; an empty src is a wire photo whose image did not come with the
      // story.
      if (src.isEmpty() ? !ours : !MEDIA.matcher(src).matches()) {
        return;
      }
      String alt = img == null ? "" : clean(img.attr("alt"));
      if (alt.isEmpty()) {
        throw new BodyRejected(ALT_REQUIRED);
      }
      Element caption = figure.selectFirst("figcaption");
      add(
          new Block.Photo(
              src,
              srcset(figure.attr("data-srcset")),
              number(figure.attr("data-width")),
              number(figure.attr("data-height")),
              alt,
              caption == null ? "" : textOf(caption),
              clean(figure.attr("data-credit"))));
    }

    private void table(Element table) {
      for (Element row : table.select("caption, tr")) {
        List<String> cells = new ArrayList<>();
        if (row.normalName().equals("caption")) {
          addIfText(cells, textOf(row));
        } else {
          row.children().forEach(cell -> addIfText(cells, textOf(cell)));
        }
        text(String.join(" | ", cells));
      }
    }
  }

  /**
   * A span styled bold or italic (Google Docs, LibreOffice) becomes b or i; Docs' whole-paste
   * {@code <b style="font-weight:normal">} stops being bold.
   */
  private static void inlineStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return;
    }
    String name = e.normalName();
    if ((name.equals("b") || name.equals("strong")) && NOT_BOLD.matcher(style).find()
        || (name.equals("i") || name.equals("em")) && NOT_ITALIC.matcher(style).find()) {
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
  private static List<Element> redundantEmphasis(Element within) {
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
  private static void mergeAdjacentTexts(Element within) {
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
  private static int emphasis(Node node) {
    if (node instanceof Element e) {
      return switch (e.normalName()) {
        case "b", "strong" -> 0;
        case "i", "em" -> 1;
        default -> -1;
      };
    }
    return -1;
  }

  private static void wrapChildren(Element e, String tag) {
    Element inner = new Element(tag);
    inner.appendChildren(new ArrayList<>(e.childNodes()));
    e.appendChild(inner);
  }

  /**
   * Sanitized inline HTML that reads back as itself: the sanitizer may drop an element and leave
   * two runs of white space side by side, so collapsing and sanitizing repeat until nothing
   * changes.
   */
  private static String canonicalInline(String html) {
    String current = html;
    for (int pass = 0; pass < 5; pass++) {
      Document document = Jsoup.parseBodyFragment(current);
      document.outputSettings().prettyPrint(false);
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              t.text(
                  SPACES.matcher(CONTROL.matcher(t.getWholeText()).replaceAll("")).replaceAll(" "));
            }
          },
          document.body());
      String next =
          EDGE_SPACES_HTML.matcher(Html.sanitizeInline(document.body().html())).replaceAll("");
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** The lists inside an element that are not inside another list there. */
  private static List<Element> outermostLists(Element within) {
    List<Element> found = new ArrayList<>();
    within.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node != within && node instanceof Element e && LISTS.contains(e.normalName())) {
              found.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        });
    return found;
  }

  /** The text of an element as a reader sees it: line breaks and block edges become spaces. */
  private static String textOf(Element element) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e
                && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
              out.append(' ');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append(' ');
            }
          }
        },
        element);
    return clean(out.toString());
  }

  /** Text without control characters, white space collapsed, trimmed. */
  private static String clean(String text) {
    String collapsed = SPACES.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ");
    return EDGE_SPACES.matcher(collapsed).replaceAll("");
  }

  private static void addIfText(List<String> into, String text) {
    if (!text.isEmpty()) {
      into.add(text);
    }
  }

  /** The srcset entries that point into the media folder, in a canonical form. */
  private static String srcset(String srcset) {
    List<String> entries = new ArrayList<>();
    for (String entry : srcset.split(",")) {
      Matcher m = SRCSET_ENTRY.matcher(entry.strip());
      if (m.matches()) {
        entries.add(m.group(1) + " " + m.group(2) + "w");
      }
    }
    return String.join(", ", entries);
  }

  private static int number(String text) {
    String digits = text.strip();
    return digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : 0;
  }

  private static Document scratch() {
    Document document = Document.createShell("");
    document.outputSettings().prettyPrint(false);
    return document;
  }
}
