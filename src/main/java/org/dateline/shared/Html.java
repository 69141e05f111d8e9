package org.dateline.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for stored inline HTML (inside a paragraph): bold, italic and http(s)/mailto
 * links. Everything else is dropped, text is kept and escaped. Thread-safe.
 */
public final class Html {
  private static final PolicyFactory INLINE =
      new HtmlPolicyBuilder()
          .allowElements("b", "strong", "i", "em", "a")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private Html() {}

  /** Sanitizes an inline HTML fragment against the allow-list. */
  public static String sanitizeInline(String html) {
    return INLINE.sanitize(html == null ? "" : html);
  }

  /**
   * Sanitizes an inline HTML fragment against the allow-list, as the one value a template may print
   * unescaped.
   */
  public static SafeHtml safeInline(String html) {
    return new SafeHtml(sanitizeInline(html));
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The text of an inline HTML fragment, without markup (for summaries and plain-text formats). */
  public static String toText(String html) {
    return org.jsoup.Jsoup.parse(html == null ? "" : html).text();
  }
}
