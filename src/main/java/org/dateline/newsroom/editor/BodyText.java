package org.dateline.newsroom.editor;

import static org.dateline.newsroom.editor.PastedMarkup.BLOCKS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.shared.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text as the body keeps it: control characters gone, white space collapsed as a browser shows it,
 * and the plain values of photo attributes (media addresses, srcset entries, sizes).
 */
final class BodyText {
  static final Pattern MEDIA =
      Pattern.compile("/media/[a-z0-9][a-z0-9._-]{0,120}\\.(?:jpg|png|webp)");
  static final Pattern SRCSET_ENTRY =
      Pattern.compile("(" + MEDIA.pattern() + ")\\s+([1-9][0-9]{0,4})w");
  private static final Pattern CROP =
      Pattern.compile("(" + MEDIA.pattern() + ")\\s+([1-9][0-9]{0,4})x([1-9][0-9]{0,4})");
  private static final Pattern FOCUS =
      Pattern.compile(
          "(0(?:\\.[0-9]{1,6})?|1(?:\\.0{1,6})?),(0(?:\\.[0-9]{1,6})?|1(?:\\.0{1,6})?)");

  private BodyText() {}

  /** The text of an element as a reader sees it: line breaks and block edges become spaces. */
  static String textOf(Element element) {
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

  /** Text without control characters, white space collapsed, trimmed ({@link Spaces}). */
  static String clean(String text) {
    return Spaces.stripEdges(Spaces.clean(text));
  }

  /**
   * Whether {@code text} is still text once stored: the store's normalizing ({@code Text.line})
   * strips invisible ends (U+0601, say) that {@link #textOf} keeps, and a list item, heading or
   * quote of nothing would not read back.
   */
  static boolean storesText(String text) {
    return !clean(Text.line(text)).isEmpty();
  }

  static void addIfText(List<String> into, String text) {
    if (storesText(text)) {
      into.add(text);
    }
  }

  /** The srcset entries that point into the media folder, in a canonical form. */
  static String srcset(String srcset) {
    List<String> entries = new ArrayList<>();
    for (String entry : srcset.split(",")) {
      Matcher m = SRCSET_ENTRY.matcher(entry.strip());
      if (m.matches()) {
        entries.add(m.group(1) + " " + m.group(2) + "w");
      }
    }
    return String.join(", ", entries);
  }

  static int number(String text) {
    String digits = text.strip();
    return digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : 0;
  }

  /** A crop as the figure carries it: {@code /media/NAME WIDTHxHEIGHT}. */
  static String crop(Block.Crop crop) {
    return crop.present() ? crop.src() + " " + crop.width() + "x" + crop.height() : "";
  }

  /**
   * The focal point of a figure ({@code data-focus="0.3,0.7"}) and its crops; anything else (no
   * point, a malformed one, a crop outside the media folder) is the centre without crops.
   */
  static Block.Focus focus(String point, String card, String thumb) {
    Matcher m = FOCUS.matcher(point.strip());
    if (!m.matches()) {
      return Block.Focus.CENTRE;
    }
    return new Block.Focus(
        Double.parseDouble(m.group(1)),
        Double.parseDouble(m.group(2)),
        readCrop(card),
        readCrop(thumb));
  }

  private static Block.Crop readCrop(String text) {
    Matcher m = CROP.matcher(text.strip());
    return m.matches()
        ? new Block.Crop(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
        : Block.Crop.NONE;
  }
}
