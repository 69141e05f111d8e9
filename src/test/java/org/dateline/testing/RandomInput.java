package org.dateline.testing;

import java.util.List;
import java.util.Random;

/**
 * Seeded generators for property tests: arbitrary text (any code point, control characters, lone
 * surrogates, odd line breaks) and XSS-flavoured markup built from hostile fragments. Property
 * tests run each property over many generated values, print the seed, and take {@code
 * -Dproperty.seed=N} to replay a failure.
 */
public final class RandomInput {
  private static final List<String> TAGS =
      List.of(
          "b",
          "strong",
          "i",
          "em",
          "a",
          "p",
          "div",
          "span",
          "script",
          "style",
          "img",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "form",
          "input",
          "textarea",
          "title",
          "base",
          "meta",
          "link",
          "video",
          "audio",
          "source",
          "details",
          "template",
          "noscript",
          "xmp",
          "plaintext",
          "table",
          "td",
          "mtext",
          "mglyph",
          "foreignObject",
          "animate",
          "set",
          "use",
          "x",
          "SCRIPT",
          "ScRiPt",
          "A",
          "B");
  private static final List<String> ATTRIBUTES =
      List.of(
          "href",
          "HREF",
          "src",
          "onerror",
          "onload",
          "onclick",
          "ONMOUSEOVER",
          "onfocus",
          "style",
          "title",
          "rel",
          "target",
          "class",
          "id",
          "xlink:href",
          "formaction",
          "action",
          "data",
          "srcdoc",
          "autofocus",
          "open",
          "ontoggle",
          "background",
          "lowsrc",
          "dynsrc",
          "name",
          "content",
          "http-equiv",
          "x");
  private static final List<String> URLS =
      List.of(
          "javascript:window.__xss=1",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "java\tscript:alert(1)",
          "java&#x09;script:alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript:alert(1)",
          "javascript&colon;alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:image/svg+xml;base64,PHN2Zz4=",
          "https://news.example/story?a=1&b=2",
          "http://example.com/",
          "mailto:desk@news.example",
          "//evil.example/x",
          "/relative/path",
          "#top",
          "\u0001javascript:alert(1)",
          "jav&#0000097;script:alert(1)",
          "%6A%61vascript:alert(1)",
          "https://example.com/\"onmouseover=\"alert(1)",
          "livescript:alert(1)",
          "");
  private static final List<String> TEXT =
      List.of(
          "Seoul",
          "북한",
          "東京",
          "<",
          ">",
          "&",
          "&amp;",
          "&lt;script&gt;",
          "\"",
          "'",
          "`",
          "=",
          "/",
          "--",
          "<!--",
          "-->",
          "]]>",
          "<![CDATA[",
          "\\",
          "\u0000",
          "\u202e",
          "\ud800",
          "😀",
          " ",
          "\n",
          "\t",
          "window.__xss=1",
          "alert(1)",
          "</",
          "<//",
          "<?xml ?>",
          "<!DOCTYPE html>",
          "&#60;",
          "&#x3c;",
          "%3C",
          "\u00a0",
          "\u2028");

  private final Random random;

  public RandomInput(long seed) {
    this.random = new Random(seed);
  }

  /** The seed for a property run: {@code -Dproperty.seed} or a fresh one, printed either way. */
  public static long seed(String property) {
    long seed = Long.getLong("property.seed", System.nanoTime());
    System.out.println(property + " seed: " + seed + " (replay with -Dproperty.seed=" + seed + ")");
    return seed;
  }

  public Random random() {
    return random;
  }

  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /**
   * Any string: any code point (lone surrogates and control characters too), up to {@code max}
   * chars.
   */
  public String anyText(int max) {
    int length = between(0, max);
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> b.append((char) random.nextInt(0x80));
        case 1 -> b.append((char) random.nextInt(0x10000));
        case 2 -> b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        case 3 -> b.append(oneOf(TEXT));
        case 4 -> b.append(oneOf(List.of("\n", "\r\n", "\r", "\u0085", "\u2029", "\n\n")));
        default ->
            b.append(
                oneOf(
                    List.of(
                        "a", "e", " ", "By ", "All News ", "06:12 February 04, 2022", "(Yonhap)")));
      }
    }
    return b.toString();
  }

  /**
   * Markup an attacker might try: nested tags, handlers, hostile URLs, broken and encoded syntax.
   */
  public String hostileMarkup(int depth) {
    StringBuilder b = new StringBuilder();
    int parts = between(1, 4);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(depth > 0 ? 6 : 4)) {
        case 0 -> b.append(oneOf(TEXT));
        case 1 -> b.append(oneOf(HostileInput.xssPayloads()));
        case 2 -> b.append(openTag());
        case 3 -> b.append("</").append(oneOf(TAGS)).append(chance(80) ? ">" : "");
        default -> {
          String tag = oneOf(TAGS);
          b.append(openTag(tag))
              .append(hostileMarkup(depth - 1))
              .append(chance(70) ? "</" + tag + ">" : "");
        }
      }
    }
    return b.toString();
  }

  private String openTag() {
    return openTag(oneOf(TAGS));
  }

  private String openTag(String tag) {
    StringBuilder b = new StringBuilder("<").append(tag);
    int attributes = between(0, 3);
    for (int i = 0; i < attributes; i++) {
      b.append(oneOf(List.of(" ", "/", "\t", "\n", " ")));
      b.append(oneOf(ATTRIBUTES));
      String value =
          chance(50)
              ? oneOf(URLS)
              : oneOf(List.of("window.__xss=1", "alert(1)", "x", "1", "noopener"));
      switch (random.nextInt(4)) {
        case 0 -> b.append("=\"").append(value).append('"');
        case 1 -> b.append("='").append(value).append('\'');
        case 2 -> b.append('=').append(value.replace(" ", ""));
        default -> {}
      }
    }
    return b.append(chance(90) ? ">" : chance(50) ? "/>" : "").toString();
  }
}
