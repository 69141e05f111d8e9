package org.dateline.newsroom.editor;

import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.shared.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  private BodyHtml() {}

  /** The blocks of the HTML, or the message saying why they were refused (then no blocks). */
  public record Reading(List<Block> blocks, Optional<String> refusal) {}

  /** {@link #parse} as a value: the blocks, or the refusal's message for the writer. */
  public static Reading read(String html) {
    try {
      return new Reading(parse(html), Optional.empty());
    } catch (BodyRejected e) {
      return new Reading(List.of(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

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
      PastedMarkup.strip(body);
      BodyWalk walk = new BodyWalk();
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
        .append('"');
    if (ph.focus().chosen()) {
      // The focal point and its crops travel with the figure, so a save keeps them (decision 0072).
      out.append(" data-focus=\"")
          .append(ph.focus().x())
          .append(',')
          .append(ph.focus().y())
          .append("\" data-card=\"")
          .append(Html.escape(BodyText.crop(ph.focus().card())))
          .append("\" data-thumb=\"")
          .append(Html.escape(BodyText.crop(ph.focus().thumb())))
          .append('"');
    }
    out.append("><img");
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
}
