package org.dateline.testing;

import java.util.List;
import org.dateline.newsroom.editor.BodyHtml;
import org.dateline.newsroom.editor.Draft;
import org.dateline.shared.Html;

/**
 * A hostile payload in every field of a story, for the newsroom's hostile-input gates: the story
 * form's values, and the body as the editor sends it and as a word processor pastes it.
 */
public final class NewsroomPayloads {
  private NewsroomPayloads() {}

  /** The story form with the payload in every text field. */
  public static String[] fields(String p, String section, String body, int version) {
    return new String[] {
      "version",
      Integer.toString(version),
      "headline",
      p,
      "summary",
      p,
      "section",
      section,
      "urgency",
      "3",
      "bylines",
      p,
      "dateline_place",
      p,
      "dateline_date",
      p,
      "dateline_source",
      p,
      "body",
      body,
      "tags",
      p
    };
  }

  /** The draft the form above makes, with the editor's body. */
  public static Draft draft(String p, String section, String photo) {
    return new Draft(
        p, p, section, List.of(p), p, p, p, BodyHtml.parse(editorBody(p, photo)), List.of(p), 3);
  }

  /**
   * Editor HTML: the payload as typed (escaped, the first paragraph), as markup in each kind of
   * block, in a photo's alt text, caption and credit, and as a link's text and address.
   */
  public static String editorBody(String p, String photo) {
    String typed = Html.escape(p);
    return "<p>"
        + typed
        + "</p>\n<p>Before "
        + p
        + " after <b>"
        + p
        + "</b></p>\n<h2>"
        + p
        + "</h2>\n<blockquote><p>"
        + p
        + "</p><footer>\u2014 "
        + typed
        + "</footer></blockquote>\n<ul><li>"
        + p
        + "</li><li>"
        + typed
        + "</li></ul>\n"
        + "<figure data-src=\""
        + photo
        + "\" data-credit=\""
        + typed
        + "\"><img src=\""
        + photo
        + "\" alt=\""
        + typed
        + "\"><figcaption>"
        + typed
        + "</figcaption></figure>\n<p><a href=\""
        + typed
        + "\">"
        + p
        + "</a></p>";
  }

  /**
   * What Word puts on the clipboard, with the payload as text, as markup and as a link's address.
   */
  public static String pastedBody(String p) {
    String typed = Html.escape(p);
    return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
        + "<head><meta name=ProgId content=Word.Document><style>p.MsoNormal{margin:0}</style></head><body lang=EN-US>"
        + "<!--StartFragment--><p class=MsoNormal style='margin-bottom:0'><span style='font-weight:bold'>"
        + typed
        + "</span><o:p></o:p></p><p class=MsoNormal><span lang=EN-GB>"
        + p
        + "</span></p>"
        + "<p class=MsoQuote><i>"
        + p
        + "</i></p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>"
        + "<span style='mso-list:Ignore'>1.</span>"
        + typed
        + "</p><p class=MsoNormal><a href=\""
        + typed
        + "\">"
        + typed
        + "</a></p><!--EndFragment--></body></html>";
  }

  /**
   * A photo without alt text, first (an unclosed payload tag such as {@code <marquee>} makes what
   * follows it text).
   */
  public static String photoWithoutAlt(String p, String photo) {
    return "<figure><img src=\""
        + photo
        + "\"><figcaption>"
        + Html.escape(p)
        + "</figcaption></figure>";
  }

  /** The text as a page shows it: stripped, runs of white space as one space. */
  public static String shown(String p) {
    return p.strip().replaceAll("\\s+", " ");
  }

  /** At most {@code codePoints} of the text, stripped. */
  public static String clip(String s, int codePoints) {
    return s.codePointCount(0, s.length()) <= codePoints
        ? s
        : s.substring(0, s.offsetByCodePoints(0, codePoints)).strip();
  }
}
