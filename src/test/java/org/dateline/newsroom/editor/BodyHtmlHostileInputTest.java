package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.article.Block.Heading;
import org.dateline.article.Block.ListBlock;
import org.dateline.article.Block.Paragraph;
import org.dateline.article.Block.Photo;
import org.dateline.article.Block.Quote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The body parser against hostile markup: nothing that runs, styles or frames survives. */
class BodyHtmlHostileInputTest {
  static final List<String> XSS =
      List.of(
          "<script>alert(1)</script>Breaking news",
          "<p>Text<script src=//evil.example/x.js></script></p>",
          "<img src=x onerror=alert(1)>",
          "<p><img src=x onerror=alert(1)>caption</p>",
          "<p><a href=\"javascript:alert(1)\">click</a></p>",
          "<p><a href=\"jav&#x09;ascript:alert(1)\">tab</a></p>",
          "<p><a href=\"JaVaScRiPt:alert(1)\">caps</a></p>",
          "<p><a href=\"https://ok.example\" onclick=\"alert(1)\" onmouseover=\"alert(2)\">ok</a></p>",
          "<svg onload=alert(1)><script>alert(2)</script></svg>after svg",
          "<svg><a xlink:href=\"javascript:alert(1)\"><text>svg link</text></a></svg>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<style>body{background:url(javascript:alert(1))}</style><p style=\"background:url(javascript:alert(1))\">styled</p>",
          "<iframe src=\"https://evil.example\"></iframe><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>framed",
          "<object data=\"x.swf\"></object><embed src=\"x.swf\">objects",
          "<p><b onmouseover=alert(1)>bold</b></p>",
          "<h2 onclick=alert(1)>Heading<script>alert(1)</script></h2>",
          "<blockquote onclick=alert(1)>q<footer><img src=x onerror=alert(1)>who</footer></blockquote>",
          "<ul><li onclick=alert(1)><script>alert(1)</script>item</li></ul>",
          "<figure data-src=\"/media/photo-0123456789-640.jpg\" onclick=alert(1) data-credit='\"><script>alert(1)</script>'>"
              + "<img src=x alt=\"\\\"><script>alert(1)</script>\" onerror=alert(1)><figcaption><script>alert(1)</script>cap"
              + "</figcaption></figure>",
          "<form action=\"https://evil.example\"><input name=q><button formaction=javascript:alert(1)>go</button></form>",
          "<!--><img src=x onerror=alert(1)>-->",
          "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
          "<template><script>alert(1)</script></template><p>after template</p>",
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
          "<p>\"><script>alert(1)</script>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
          "<base href=\"javascript:\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><link rel=import href=x>",
          "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)></audio>",
          "<details open ontoggle=alert(1)>toggle</details>",
          "<xmp><script>alert(1)</script></xmp>",
          "<table background=\"javascript:alert(1)\"><tr><td>cell</td></tr></table>");

  private static final Set<String> EDITOR_ELEMENTS =
      Set.of(
          "body",
          "p",
          "h2",
          "blockquote",
          "footer",
          "ul",
          "ol",
          "li",
          "figure",
          "img",
          "figcaption",
          "b",
          "strong",
          "i",
          "em",
          "a");

  /**
   * Links, and photos from the media folder (the editor shows them from the newsroom's address).
   */
  private static final Pattern SAFE_URL =
      Pattern.compile("(?i)(https?:|mailto:|/media/|/newsroom/media/)[^\\s\"<>]*");

  @Test
  void script_handlers_javascript_links_svg_styles_and_frames_never_survive() {
    for (String payload : XSS) {
      List<Block> blocks = BodyHtml.parse(payload);
      String rendered = BodyHtml.render(blocks);

      assertThat(rendered.toLowerCase(Locale.ROOT))
          .as(payload)
          .doesNotContain(
              "<script",
              "<svg",
              "<style",
              "<iframe",
              "<object",
              "<embed",
              "<math",
              "<form",
              "<base",
              "<meta",
              "<link",
              "<video",
              "<audio",
              "<template",
              "javascript:",
              "srcdoc",
              "data:text");
      for (Element element : Jsoup.parse(rendered).body().getAllElements()) {
        assertThat(EDITOR_ELEMENTS).as(payload + " → " + rendered).contains(element.normalName());
        element
            .attributes()
            .forEach(
                attribute -> {
                  assertThat(attribute.getKey())
                      .as(payload)
                      .doesNotStartWith("on")
                      .isNotEqualTo("style");
                  if (Set.of("href", "src", "data-src").contains(attribute.getKey())) {
                    assertThat(attribute.getValue()).as(payload).matches(SAFE_URL);
                  }
                });
      }
    }
  }

  @Test
  void the_words_around_hostile_markup_are_kept_as_text() {
    assertThat(BodyHtml.parse("<script>alert(1)</script>Breaking news"))
        .containsExactly(new Paragraph("Breaking news"));
    assertThat(BodyHtml.parse("<p><a href=\"javascript:alert(1)\">click</a></p>"))
        .containsExactly(new Paragraph("click"));
    assertThat(BodyHtml.parse("<p>\"><script>alert(1)</script>&lt;script&gt;</p>"))
        .containsExactly(new Paragraph("&#34;&gt;&lt;script&gt;"));
  }

  @Test
  void render_escapes_text_blocks_that_carry_markup_characters() {
    List<Block> blocks =
        List.of(
            new Heading("<script>alert(1)</script> & \"quotes\""),
            new Quote("</blockquote><img src=x onerror=alert(1)>", "<b>Who</b>"),
            new ListBlock(false, List.of("<li>fake</li>")),
            new Paragraph("<img src=x onerror=alert(1)>ok <b>bold</b>"),
            new Photo(
                "/media/photo-0123456789-640.jpg",
                "",
                640,
                480,
                "\"><script>alert(1)</script>",
                "<i>cap</i>",
                "\"credit"));

    String html = BodyHtml.render(blocks);

    assertThat(
            Jsoup.parse(html)
                .select("script, li li, [onerror], img[src=x], footer b, figcaption i"))
        .isEmpty();
    assertThat(BodyHtml.parse(html))
        .containsExactly(
            new Heading("<script>alert(1)</script> & \"quotes\""),
            new Quote("</blockquote><img src=x onerror=alert(1)>", "<b>Who</b>"),
            new ListBlock(false, List.of("<li>fake</li>")),
            new Paragraph("ok <b>bold</b>"),
            new Photo(
                "/media/photo-0123456789-640.jpg",
                "",
                640,
                480,
                "\"><script>alert(1)</script>",
                "<i>cap</i>",
                "\"credit"));
  }

  @Test
  void absurdly_deep_nesting_is_read_without_failing() {
    for (String tag : List.of("div", "b", "ul", "blockquote", "span", "li", "table")) {
      String html =
          ("<" + tag + ">").repeat(5_000) + "deep text" + ("</" + tag + ">").repeat(5_000);
      List<Block> blocks = BodyHtml.parse(html);

      assertThat(blocks.toString()).as(tag).contains("deep text");
    }
  }
}
