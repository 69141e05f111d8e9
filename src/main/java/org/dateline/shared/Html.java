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

  /**
   * A {@code <script type="application/ld+json">} element holding {@code json}, as a value a
   * template may print unescaped: {@code <}, {@code >} and {@code &} are written as JSON's {@code
   * \\u} escapes (the same string to a JSON parser; JSON has them only inside strings), and so are
   * U+2028 and U+2029, so no text can end the element or open a comment, whatever it holds.
   */
  public static SafeHtml jsonLdScript(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 64);
    safe.append("<script type=\"application/ld+json\">");
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return new SafeHtml(safe.append("</script>").toString());
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
