package org.dateline.newsroom.editor;

import static org.dateline.newsroom.editor.BodyText.MEDIA;
import static org.dateline.newsroom.editor.BodyText.addIfText;
import static org.dateline.newsroom.editor.BodyText.clean;
import static org.dateline.newsroom.editor.BodyText.number;
import static org.dateline.newsroom.editor.BodyText.srcset;
import static org.dateline.newsroom.editor.BodyText.storesText;
import static org.dateline.newsroom.editor.BodyText.textOf;
import static org.dateline.newsroom.editor.PastedMarkup.ANY_BLOCK;
import static org.dateline.newsroom.editor.PastedMarkup.ANY_LIST;
import static org.dateline.newsroom.editor.PastedMarkup.BLOCKS;
import static org.dateline.newsroom.editor.PastedMarkup.LISTS;
import static org.dateline.newsroom.editor.PastedMarkup.ORDERED_MARKER;
import static org.dateline.newsroom.editor.PastedMarkup.QUOTE_STYLE;
import static org.dateline.newsroom.editor.PastedMarkup.WORD_LIST_ITEM;
import static org.dateline.newsroom.editor.PastedMarkup.WORD_LIST_MARKER;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.shared.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One walk over a parsed body, appending blocks in document order: headings, quotes, lists (Word's
 * paragraph lists too), photos, tables read as rows of text, and paragraphs of inline HTML. Not
 * thread-safe: one walk per parse.
 */
final class BodyWalk {
  /** Past this nesting a container is not walked further: its text becomes one paragraph. */
  private static final int MAX_DEPTH = 40;

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n");

  /** The one dash that introduces a cite ("— Maria Ortiz"), as the public page shows it too. */
  private static final Pattern LEADING_DASH =
      Pattern.compile("^(?:[\\u2014\\u2013\\u2015]|--?)\\s*");

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
      if (storesText(text)) {
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
      if (storesText(text)) {
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
    String html = InlineHtml.of(nodes, scratch);
    for (String line : html.split("<br>", -1)) {
      paragraph(line);
    }
  }

  private void paragraph(String inlineHtml) {
    // Judged as stored: the store's normalizing strips invisible ends (U+034F, say) that clean
    // keeps, and a paragraph of nothing would not read back.
    Block.Paragraph p = new Block.Paragraph(InlineHtml.canonicalInline(inlineHtml));
    if (!clean(Html.toText(p.html())).isEmpty()) {
      add(p);
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
    if (storesText(text)) {
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
      throw new BodyRejected(BodyHtml.ALT_REQUIRED);
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
            clean(figure.attr("data-credit")),
            BodyText.focus(
                figure.attr("data-focus"), figure.attr("data-card"), figure.attr("data-thumb"))));
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

  /** The lists inside an element that are not inside another list there. */
  private static List<Element> outermostLists(Element within) {
    List<Element> found = new ArrayList<>();
    within.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!node.equals(within)
                && node instanceof Element e
                && LISTS.contains(e.normalName())) {
              found.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        });
    return found;
  }

  private static Document scratch() {
    Document document = Document.createShell("");
    document.outputSettings().prettyPrint(false);
    return document;
  }
}
