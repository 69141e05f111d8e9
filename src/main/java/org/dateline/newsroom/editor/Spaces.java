package org.dateline.newsroom.editor;

/**
 * White space and control characters in a body's text, handled by hand: these run on every text
 * node of every paragraph, several times per paragraph, and as regular expressions they were the
 * largest cost of reading a feed's body (decision 0089). Each method does exactly what the regular
 * expression in its comment does ({@code SpacesTest} compares them on random text). Stateless and
 * thread-safe.
 */
final class Spaces {
  private Spaces() {}

  /**
   * C0 and C1 control characters removed, except the ones read as white space (tab, line feed,
   * carriage return and the next-line character U+0085, see {@link #collapse}); as {@code
   * [\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]} replaced by nothing. A C1 control left in the
   * text made a paragraph of nothing that the sanitizer then emptied, and the empty paragraph did
   * not read back (seeds 13719002677995 and 18665624637610).
   */
  static String withoutControls(String text) {
    int first = 0;
    while (first < text.length() && !control(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text; // the usual case: nothing to remove, nothing copied
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!control(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Runs of white space collapsed as a browser shows them, a single no-break space kept on purpose;
   * as {@code [ \t\n\r\f\u00a0\u0085\u2028\u2029]{2,}|[\t\n\r\f\u0085\u2028\u2029]} replaced by one
   * space. The line breaks are the ones the store's {@code Text.line} turns into spaces (NEL,
   * U+2028, U+2029 too): one left here would become a second space after this collapse, and the
   * paragraph would read back differently.
   */
  static String collapse(String text) {
    StringBuilder out = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!space(c)) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && space(text.charAt(end))) {
        end++;
      }
      boolean replaced = end - i >= 2 || (c != ' ' && c != '\u00a0');
      if (replaced && out == null) {
        out = new StringBuilder(n);
        out.append(text, 0, i);
      }
      if (out != null) {
        if (replaced) {
          out.append(' ');
        } else {
          out.append(c);
        }
      }
      i = end;
    }
    return out == null ? text : out.toString();
  }

  /** {@link #withoutControls}, then {@link #collapse}. */
  static String clean(String text) {
    return collapse(withoutControls(text));
  }

  /** Spaces and no-break spaces removed at both ends; as {@code ^[ \u00a0]+|[ \u00a0]+$}. */
  static String stripEdges(String text) {
    int start = 0;
    int last = text.length() - finalLineBreak(text);
    while (start < last && blank(text.charAt(start))) {
      start++;
    }
    int end = last;
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end) + text.substring(last);
  }

  /**
   * The length of a line break that ends the text (2 for CR LF): the expressions' {@code $} also
   * matches just before one, so the run stripped at the end is the one before it.
   */
  private static int finalLineBreak(String text) {
    int n = text.length();
    if (n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n') {
      return 2;
    }
    if (n >= 1) {
      char c = text.charAt(n - 1);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return 1;
      }
    }
    return 0;
  }

  /**
   * Spaces and no-break spaces, also written as {@code &nbsp;}, {@code &#xa0;} or {@code &#160;},
   * removed at both ends of HTML; as {@code ^(?:[ \u00a0]|&nbsp;|&#xa0;|&#160;)+|(?:[
   * \u00a0]|&nbsp;|&#xa0;|&#160;)+$}. Each token is known by its last character, so the end is
   * stripped from the back, token by token (before a final line break, as {@code $} matches).
   */
  static String stripEdgesHtml(String html) {
    int start = 0;
    int last = html.length() - finalLineBreak(html);
    while (start < last) {
      int t = tokenAt(html, start);
      if (t == 0) {
        break;
      }
      start += t;
    }
    int end = last;
    while (end > start) {
      int t = tokenBefore(html, end);
      if (t == 0) {
        break;
      }
      end -= t;
    }
    return html.substring(start, end) + html.substring(last);
  }

  private static final String[] NBSP_ENTITIES = {"&nbsp;", "&#xa0;", "&#160;"};

  /** The length of the blank token starting at {@code i}, or 0. */
  private static int tokenAt(String s, int i) {
    char c = s.charAt(i);
    if (blank(c)) {
      return 1;
    }
    if (c == '&') {
      for (String e : NBSP_ENTITIES) {
        if (s.startsWith(e, i)) {
          return e.length();
        }
      }
    }
    return 0;
  }

  /** The length of the blank token ending just before {@code end}, or 0. */
  private static int tokenBefore(String s, int end) {
    char c = s.charAt(end - 1);
    if (blank(c)) {
      return 1;
    }
    if (c == ';') {
      for (String e : NBSP_ENTITIES) {
        if (end >= e.length() && s.startsWith(e, end - e.length())) {
          return e.length();
        }
      }
    }
    return 0;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\u00a0';
  }

  private static boolean space(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u0085', '\u2028', '\u2029' -> true;
      default -> false;
    };
  }

  private static boolean control(char c) {
    return (c <= 0x08)
        || c == 0x0b
        || c == 0x0c
        || (c >= 0x0e && c <= 0x1f)
        || (c >= 0x7f && c <= 0x84)
        || (c >= 0x86 && c <= 0x9f);
  }
}
