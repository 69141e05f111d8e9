package org.dateline.ingest.format;

import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.newsroom.editor.BodyHtml;
import org.dateline.newsroom.editor.BodyRejected;
import org.dateline.shared.Html;
import org.dateline.shared.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A feed's body as blocks, through the editor's own reader ({@link BodyHtml}) and so its
 * allow-list: scripts, event handlers, {@code javascript:} links and unknown elements never get in.
 * Pictures inside a body are dropped (they come apart, with their renditions), and so is a first
 * heading that repeats the headline. Stateless and thread-safe.
 */
public final class Bodies {
  private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\\R");

  private Bodies() {}

  /** The blocks of an HTML (or XHTML) body. */
  public static List<Block> fromHtml(String html, String headline) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Document doc = Jsoup.parse(html);
    doc.select("figure, img, picture, video, audio, object, embed, iframe").remove();
    List<Block> blocks;
    try {
      blocks = BodyHtml.parse(doc.body().html());
    } catch (BodyRejected e) {
      return fromText(doc.body().wholeText());
    }
    List<Block> out = new ArrayList<>();
    String first = Text.line(headline);
    for (Block b : blocks) {
      if (b instanceof Block.Photo) {
        continue;
      }
      if (out.isEmpty() && b instanceof Block.Heading h && h.text().equals(first)) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  /** The blocks of a plain-text body: one paragraph per line. */
  public static List<Block> fromText(String text) {
    List<Block> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : LINES.split(text, -1)) {
      String l = Text.line(line);
      if (!l.isEmpty()) {
        out.add(new Block.Paragraph(Html.escape(l)));
      }
    }
    return out;
  }

  /** The text of a fragment that may hold markup (a summary, a caption): markup dropped. */
  public static String text(String maybeHtml) {
    if (maybeHtml == null || (maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0)) {
      return maybeHtml == null ? "" : maybeHtml;
    }
    return Jsoup.parse(maybeHtml, "", Parser.htmlParser()).text();
  }
}
