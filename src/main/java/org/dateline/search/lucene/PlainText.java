package org.dateline.search.lucene;

import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The plain text of the sanitized fragments a story's body holds (for the index and the snippets).
 * Decodes the character references the sanitizer writes ({@code &#39;}, {@code &#x3c;}, {@code
 * &amp;}…) without jsoup's general decoder; answers null for anything it does not know for sure
 * decodes the same way in jsoup (other names, a reference without its semicolon, a code point jsoup
 * replaces), so the caller falls back to jsoup. Stateless.
 */
final class PlainText {
  private PlainText() {}

  /**
   * The text of a sanitized inline fragment: its tags dropped and its entities decoded (the
   * allow-list leaves no markup inside attribute values, so dropping tags is exact). The common
   * case — tags, and the numeric references and few names the sanitizer writes — is decoded here in
   * one pass (a regular expression and jsoup's decoder took a twentieth of the rebuild's CPU,
   * decision 0085); anything else is left to jsoup, whose result this equals.
   */
  static String plain(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html;
    }
    String text = withoutTags(html);
    if (text.indexOf('&') < 0) {
      return text;
    }
    String decoded = decode(text);
    return decoded != null ? decoded : Parser.unescapeEntities(text, false);
  }

  /** Drops every {@code <...>} (as the pattern {@code <[^>]*>} does: an unclosed one stays). */
  private static String withoutTags(String html) {
    StringBuilder b = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int close = c == '<' ? html.indexOf('>', i + 1) : -1;
      if (close >= 0) {
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The text with its references decoded, or null when jsoup must decide. */
  static @Nullable String decode(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '&') {
        b.append(c);
        i++;
        continue;
      }
      int semicolon = text.indexOf(';', i + 1);
      if (semicolon < 0 || semicolon - i > 10) {
        return null;
      }
      int codePoint = reference(text, i + 1, semicolon);
      if (codePoint < 0) {
        return null;
      }
      b.appendCodePoint(codePoint);
      i = semicolon + 1;
    }
    return b.toString();
  }

  /** The code point of the reference between {@code &} and {@code ;}, or -1. */
  private static int reference(String text, int from, int to) {
    if (from < to && text.charAt(from) == '#') {
      boolean hex = from + 1 < to && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
      int start = hex ? from + 2 : from + 1;
      if (start >= to) {
        return -1;
      }
      int value = 0;
      for (int k = start; k < to; k++) {
        int digit = Character.digit(text.charAt(k), hex ? 16 : 10);
        if (digit < 0 || value > 0x10FFFF) {
          return -1;
        }
        value = value * (hex ? 16 : 10) + digit;
      }
      // jsoup replaces NUL, surrogates and code points past Unicode, and maps 0x80–0x9F as
      // Windows-1252: those go to jsoup.
      boolean plain =
          value == '\t'
              || value == '\n'
              || value == '\r'
              || (value >= 0x20 && value < 0x7F)
              || (value >= 0xA0 && value < 0xD800)
              || (value > 0xDFFF && value <= 0x10FFFF);
      return plain ? value : -1;
    }
    return switch (text.substring(from, to)) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      case "nbsp" -> 0xA0;
      default -> -1;
    };
  }
}
