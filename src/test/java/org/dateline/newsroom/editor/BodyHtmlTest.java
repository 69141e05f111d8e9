package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyHtmlTest {
  // --- what people paste -----------------------------------------------------------------

  @Test
  void word_clipboard_keeps_headings_emphasis_lists_and_quotes_and_drops_office_markup() {
    List<Block> blocks = BodyHtml.parse(fixture("word-365-windows.html"));

    assertThat(blocks)
        .containsExactly(
            new Heading("Storm closes three Rotterdam terminals"),
            new Paragraph(
                "<b>ROTTERDAM</b> – Port authorities closed three container terminals on Tuesday as gusts "
                    + "reached 120\u00a0km/h, the <i>Rijkswaterstaat</i> agency said."),
            new Paragraph("Ships were told to wait outside the harbour mouth. Affected terminals:"),
            new ListBlock(false, List.of("Maasvlakte II", "Euromax", "Waalhaven")),
            new Heading("What happens next"),
            new ListBlock(
                true, List.of("Inspections at first light", "Terminals reopen one by one")),
            new Quote("“We have never closed all three at once,” the harbour master said.", ""),
            new Paragraph(
                "The forecast is on <a href=\"https://www.knmi.nl/nederland-nu/weer/waarschuwingen\" "
                    + "rel=\"noopener noreferrer\">the KNMI website</a>; my notes are in storm.docx."),
            new Paragraph("Rotterdam handles about 14\u00a0million containers a year."));
  }

  @Test
  void word_clipboard_leaves_no_trace_of_styles_conditional_comments_hidden_text_or_local_files() {
    String html = BodyHtml.render(BodyHtml.parse(fixture("word-365-windows.html")));

    assertThat(html)
        .doesNotContain(
            "mso",
            "Mso",
            "<o:p",
            "<span",
            "<font",
            "style",
            "class",
            "file:",
            "<img",
            "REVIEWER",
            "[if",
            "endif",
            "Cambria",
            "@font-face",
            "·",
            "\u00b7");
  }

  @Test
  void google_docs_clipboard_turns_styled_spans_into_bold_and_italic_without_the_bold_wrapper() {
    List<Block> blocks = BodyHtml.parse(fixture("google-docs-chrome.html"));

    assertThat(blocks)
        .containsExactly(
            new Heading("Talks resume in Geneva"),
            new Paragraph(
                "<b>GENEVA</b> – Negotiators returned to the table on Monday in an <i>ad hoc</i> format hosted "
                    + "by the <a href=\"https://www.un.org/en/\" rel=\"noopener noreferrer\">United Nations</a>."),
            new Paragraph("The agenda, seen by Dateline, lists:"),
            new ListBlock(
                false,
                List.of(
                    "ceasefire monitoring",
                    "prisoner exchanges",
                    "first the wounded",
                    "humanitarian corridors")),
            new Paragraph("A second round is planned for <i><b>next week</b></i>."));
  }

  @Test
  void libreoffice_clipboard_reads_fonts_lists_quotations_tables_and_mail_links() {
    List<Block> blocks = BodyHtml.parse(fixture("libreoffice-writer.html"));

    assertThat(blocks)
        .containsExactly(
            new Heading("Harvest forecast cut after dry spell"),
            new Paragraph(
                "<b>NAIROBI</b> – The agriculture ministry lowered its maize forecast by a fifth on Thursday, "
                    + "citing the driest March since 1984."),
            new Paragraph("Officials expect shortfalls in:"),
            new ListBlock(true, List.of("maize (down 21%)", "beans (down 9%)")),
            new Quote("“We planted twice and lost both,” said a farmer in Machakos.", ""),
            new Paragraph(
                "Figures from the <a href=\"https://www.kilimo.go.ke/\" rel=\"noopener noreferrer\">ministry</a>, "
                    + "in <i>tonnes</i>:"),
            new Paragraph("Crop | 2024"),
            new Paragraph("Maize | 3,100,000"),
            new Paragraph(
                "<b>Contact:</b> <a href=\"mailto:desk&#64;dateline.example\" rel=\"noopener noreferrer\">"
                    + "desk&#64;dateline.example</a>"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"word-365-windows.html", "google-docs-chrome.html", "libreoffice-writer.html"})
  void pasted_documents_survive_a_round_trip_through_the_editor(String fixture) {
    List<Block> blocks = BodyHtml.parse(fixture(fixture));

    assertThat(BodyHtml.parse(BodyHtml.render(blocks))).isEqualTo(blocks);
  }

  // --- what the browser editor sends ----------------------------------------------------------

  @Test
  void the_editors_own_markup_maps_block_by_block() {
    String html =
        """
        <p>First <strong>strong</strong> and <em>emphasised</em> words.</p>
        <h3>A sub-heading</h3>
        <blockquote><p>Nobody saw it coming.</p><footer>— Maria Ortiz, mayor</footer></blockquote>
        <ol><li>one</li><li>two</li></ol>
        <figure data-src="/media/photo-0123456789-1024.jpg" data-srcset="/media/photo-0123456789-320.jpg 320w, /media/photo-0123456789-1024.jpg 1024w" data-width="1024" data-height="683" data-credit="Jan Jansen / Dateline"><img src="/media/photo-0123456789-1024.jpg" alt="Flooded street in Valencia"><figcaption>Cars under water on Tuesday.</figcaption></figure>
        """;

    assertThat(BodyHtml.parse(html))
        .containsExactly(
            new Paragraph("First <strong>strong</strong> and <em>emphasised</em> words."),
            new Heading("A sub-heading"),
            new Quote("Nobody saw it coming.", "Maria Ortiz, mayor"),
            new ListBlock(true, List.of("one", "two")),
            new Photo(
                "/media/photo-0123456789-1024.jpg",
                "/media/photo-0123456789-320.jpg 320w, /media/photo-0123456789-1024.jpg 1024w",
                1024,
                683,
                "Flooded street in Valencia",
                "Cars under water on Tuesday.",
                "Jan Jansen / Dateline"));
  }

  @Test
  void contenteditable_divs_and_line_breaks_become_paragraphs_and_empty_ones_vanish() {
    String html =
        "Typed first<div>second line<br>third line</div><div><br></div><p>&nbsp;</p><p> <b> </b> </p>"
            + "<div><div>nested</div></div>";

    assertThat(BodyHtml.parse(html))
        .containsExactly(
            new Paragraph("Typed first"),
            new Paragraph("second line"),
            new Paragraph("third line"),
            new Paragraph("nested"));
  }

  @Test
  void plain_text_typed_into_the_textarea_splits_into_paragraphs_at_blank_lines() {
    String typed = "BERLIN – The first paragraph\nwraps here.\n\nThe second one & more.\n \nThird.";

    assertThat(BodyHtml.parse(typed))
        .containsExactly(
            new Paragraph("BERLIN – The first paragraph wraps here."),
            new Paragraph("The second one &amp; more."),
            new Paragraph("Third."));
  }

  @Test
  void a_quote_takes_its_cite_from_a_cite_element_too() {
    assertThat(
            BodyHtml.parse(
                "<blockquote>We will rebuild. <cite>- Prime minister</cite></blockquote>"))
        .containsExactly(new Quote("We will rebuild.", "Prime minister"));
  }

  @Test
  void every_heading_level_becomes_a_heading_of_plain_text() {
    assertThat(BodyHtml.parse("<h1>One <b>bold</b></h1><h4>Four<br>lines</h4><h6> </h6>"))
        .containsExactly(new Heading("One bold"), new Heading("Four lines"));
  }

  @Test
  void list_items_keep_their_text_only_and_empty_items_go() {
    assertThat(
            BodyHtml.parse(
                "<ul><li><b>Bold</b> item</li><li> </li><li><a href='https://x.example'>link</a></li></ul>"))
        .containsExactly(new ListBlock(false, List.of("Bold item", "link")));
  }

  @Test
  void a_photo_without_alt_text_is_refused_with_a_message_for_the_writer() {
    for (String img :
        List.of(
            "<img src=\"/media/photo-0123456789-640.jpg\">",
            "<img src=\"/media/photo-0123456789-640.jpg\" alt=\"\">",
            "<img src=\"/media/photo-0123456789-640.jpg\" alt=\" &nbsp; \">")) {
      String html =
          "<p>Text</p><figure data-src=\"/media/photo-0123456789-640.jpg\">"
              + img
              + "<figcaption>Caption</figcaption></figure>";

      assertThatThrownBy(() -> BodyHtml.parse(html))
          .isExactlyInstanceOf(BodyRejected.class)
          .hasMessage("Every photo needs alt text: describe what the photo shows.");
    }
  }

  @Test
  void a_photo_from_anywhere_but_the_media_folder_is_dropped() {
    String html =
        """
        <figure data-src="https://evil.example/track.jpg"><img src="https://evil.example/track.jpg" alt="x"></figure>
        <figure data-src="javascript:alert(1)"><img src="/media/photo-0123456789-640.jpg" alt="x"></figure>
        <figure data-src="/media/../../etc/passwd.jpg"><img alt="x"></figure>
        <figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="x"></figure>
        <figure><img src="file:///C:/clip_image002.jpg"></figure>
        <img src="/media/photo-0123456789-640.jpg" alt="a bare image is not a photo block">
        <p>kept</p>
        """;

    assertThat(BodyHtml.parse(html)).containsExactly(new Paragraph("kept"));
  }

  @Test
  void a_photo_keeps_only_media_renditions_in_its_srcset_and_sane_sizes() {
    String html =
        "<figure data-src=\"/media/photo-0123456789-640.jpg\" data-srcset=\"/media/photo-0123456789-320.jpg 320w,"
            + " https://evil.example/x.jpg 640w, javascript:alert(1) 1w\" data-width=\"-5\" data-height=\"9e9\">"
            + "<img alt=\"A dog\"></figure>";

    assertThat(BodyHtml.parse(html))
        .containsExactly(
            new Photo(
                "/media/photo-0123456789-640.jpg",
                "/media/photo-0123456789-320.jpg 320w",
                0,
                0,
                "A dog",
                "",
                ""));
  }

  @Test
  void a_wire_photo_without_an_image_file_keeps_its_alt_text_and_caption() {
    Photo wirePhoto =
        new Photo(
            "", "", 0, 0, "Rescuers at the site", "Rescuers at the site. (AP Photo)", "AP Photo");

    assertThat(BodyHtml.parse(BodyHtml.render(List.of(wirePhoto)))).containsExactly(wirePhoto);
  }

  @Test
  void a_figure_of_text_keeps_its_text() {
    assertThat(
            BodyHtml.parse(
                "<figure><blockquote>Said so.</blockquote><figcaption>Source</figcaption></figure>"))
        .containsExactly(new Quote("Said so.", ""), new Paragraph("Source"));
  }

  @Test
  void only_absolute_web_and_mail_links_survive() {
    String html =
        "<p><a href='https://a.example/x?q=1&amp;r=2'>web</a> <a href='HTTP://b.example'>caps</a> "
            + "<a href='mailto:desk@dateline.example'>mail</a> <a href='/world/story'>relative</a> <a href='#top'>anchor</a> "
            + "<a href='ftp://c.example'>ftp</a> <a href=' javascript:alert(1)'>js</a> <a href='data:text/html,x'>data</a></p>";

    Paragraph paragraph = (Paragraph) BodyHtml.parse(html).get(0);

    assertThat(Jsoup.parse(paragraph.html()).select("a").eachAttr("href"))
        .containsExactly(
            "https://a.example/x?q=1&r=2", "HTTP://b.example", "mailto:desk@dateline.example");
    assertThat(Jsoup.parse(paragraph.html()).text())
        .isEqualTo("web caps mail relative anchor ftp js data");
  }

  @Test
  void other_elements_give_their_text_as_paragraphs() {
    String html =
        "<section><article><address>1 Main St</address></article></section><pre>line 1\n\nline 2</pre>"
            + "<dl><dt>Term</dt><dd>Definition</dd></dl><hr><details><summary>More</summary>Hidden away</details>";

    assertThat(BodyHtml.parse(html))
        .containsExactly(
            new Paragraph("1 Main St"),
            new Paragraph("line 1"),
            new Paragraph("line 2"),
            new Paragraph("Term"),
            new Paragraph("Definition"),
            new Paragraph("More"),
            new Paragraph("Hidden away"));
  }

  @Test
  void nothing_gives_no_blocks() {
    assertThat(BodyHtml.parse(null)).isEmpty();
    assertThat(BodyHtml.parse("")).isEmpty();
    assertThat(BodyHtml.parse(" \n <!-- only a comment --> <p></p><br>")).isEmpty();
  }

  // --- hostile input ----------------------------------------------------------------------------

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

      assertThat(rendered.toLowerCase())
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

  @Test
  void text_around_dropped_markup_reads_back_as_itself() {
    String html =
        "<p>Figures from the <a name=\"_GoBack\"> </a> format <span> </span> <a href=\"/relative\"> x</a>"
            + "  <svg></svg> end</p>";

    List<Block> blocks = BodyHtml.parse(html);

    assertThat(blocks).containsExactly(new Paragraph("Figures from the format x end"));
    assertThat(BodyHtml.parse(BodyHtml.render(blocks))).isEqualTo(blocks);
  }

  @Test
  void pieces_of_real_pastes_spliced_together_read_back_as_themselves() {
    List<String> sources =
        List.of(
            fixture("word-365-windows.html"),
            fixture("google-docs-chrome.html"),
            fixture("libreoffice-writer.html"),
            String.join("\n", XSS));
    java.util.Random random = new java.util.Random(SEED + 2);
    System.out.println("BodyHtmlTest seed: " + SEED);
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < 1500; i++) {
      StringBuilder html = new StringBuilder();
      for (int part = random.nextInt(5); part >= 0; part--) {
        String source = sources.get(random.nextInt(sources.size()));
        int from = random.nextInt(source.length());
        html.append(source, from, Math.min(source.length(), from + random.nextInt(400)));
      }
      try {
        List<Block> blocks = BodyHtml.parse(html.toString());
        assertThat(BodyHtml.parse(BodyHtml.render(blocks)))
            .as("seed %d, input %s", SEED, html)
            .isEqualTo(blocks);
        read += blocks.isEmpty() ? 0 : 1;
      } catch (BodyRejected refused) {
        assertThat(refused.getMessage())
            .as("seed %d, input %s", SEED, html)
            .isEqualTo(BodyHtml.ALT_REQUIRED);
        rejected++;
      }
    }
    System.out.printf(
        "BodyHtmlTest pastes, seed %d: 1500 inputs, %d read as blocks, %d rejected%n",
        SEED, read, rejected);
    // Meaningful: most splices gave blocks to read back, and some hit the photo rule.
    assertThat(read).as("seed %d: splices read as blocks", SEED).isGreaterThan(500);
    assertThat(rejected).as("seed %d: splices rejected", SEED).isPositive();
  }

  // Property tests with a seeded generator (the seed is printed; -Dproperty.seed=N replays a run).
  // Each counts the cases that tested something and fails when there are too few. Left out of the
  // generated input: pastes from editors other than the three fixtures (Word 365, Google Docs,
  // LibreOffice), tables and nested lists beyond the tag soup's fragments, photos whose address is
  // not one of ours (the editor refuses those before this parser), and bodies over a few KB (the
  // 5,000-level nesting test above covers depth).
  static final long SEED = Long.getLong("property.seed", System.nanoTime());

  @Test
  void any_input_gives_blocks_or_a_body_rejection_and_nothing_else() {
    java.util.Random random = new java.util.Random(SEED);
    System.out.println("BodyHtmlTest seed: " + SEED);
    int read = 0;
    int rejected = 0;
    for (int i = 0; i < 400; i++) {
      String html = tagSoup(random);
      try {
        List<Block> blocks = BodyHtml.parse(html);
        assertThat(BodyHtml.parse(BodyHtml.render(blocks)))
            .as("seed %d, input %s", SEED, html)
            .isEqualTo(blocks);
        read += blocks.isEmpty() ? 0 : 1;
      } catch (BodyRejected refused) {
        assertThat(refused.getMessage()).isEqualTo(BodyHtml.ALT_REQUIRED);
        rejected++;
      }
    }
    System.out.printf(
        "BodyHtmlTest tag soup, seed %d: 400 inputs, %d read as blocks, %d rejected%n",
        SEED, read, rejected);
    // Meaningful: many inputs gave blocks to read back, and some hit the photo rule.
    assertThat(read).as("seed %d: tag soups read as blocks", SEED).isGreaterThan(100);
    assertThat(rejected).as("seed %d: tag soups rejected", SEED).isPositive();
  }

  @Test
  void render_then_parse_gives_back_the_same_blocks() {
    java.util.Random random = new java.util.Random(SEED + 1);
    System.out.println("BodyHtmlTest seed: " + SEED);
    int several = 0;
    int photos = 0;
    for (int i = 0; i < 300; i++) {
      List<Block> blocks = bodies(random);
      assertThat(BodyHtml.parse(BodyHtml.render(blocks))).as("seed %d", SEED).isEqualTo(blocks);
      several += blocks.size() > 1 ? 1 : 0;
      photos += blocks.stream().anyMatch(Photo.class::isInstance) ? 1 : 0;
    }
    System.out.printf(
        "BodyHtmlTest round trip, seed %d: 300 bodies, %d with several blocks, %d with photos%n",
        SEED, several, photos);
    // Meaningful: most bodies had several blocks to keep apart, many a photo to carry over.
    assertThat(several).as("seed %d: bodies with several blocks", SEED).isGreaterThan(150);
    assertThat(photos).as("seed %d: bodies with photos", SEED).isGreaterThan(75);
  }

  // --- generators --------------------------------------------------------------------------------

  private static final List<String> SOUP =
      List.of(
          "<p>",
          "</p>",
          "<div>",
          "</div>",
          "<b>",
          "</b>",
          "<i style='font-weight:bold'>",
          "</i>",
          "<br>",
          "<h2>",
          "</h2>",
          "<blockquote>",
          "<footer>",
          "</blockquote>",
          "<ul>",
          "<ol>",
          "<li>",
          "</ul>",
          "<table><tr><td>",
          "<figure data-src='/media/photo-0123456789-320.jpg'>",
          "<img alt='x'>",
          "<img src=x onerror=alert(1)>",
          "<figcaption>",
          "</figure>",
          "<script>",
          "</script>",
          "<style>",
          "<!--",
          "-->",
          "<![if !supportLists]>",
          "<span style='mso-list:Ignore'>",
          "<p style='mso-list:l0 level1 lfo1'>",
          "<a href='https://x.example'>",
          "</a>",
          "<o:p>",
          "&nbsp;",
          "&amp;",
          "&#0;",
          "\n\n",
          " ",
          "<",
          ">",
          "\"",
          "'",
          "<svg>",
          "<pre>",
          "\u0000");

  private static final List<String> SPECIAL_WORDS =
      List.of(
          "<script>",
          "&amp;",
          "\"quoted\"",
          "l'été",
          "기자",
          "記者会見",
          "O'Brien",
          "a<b",
          "x&y",
          "50%",
          "—",
          "https://x.example",
          "1+1=2",
          "@desk",
          "`tick`",
          "a\u00a0b");

  private static String tagSoup(java.util.Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(41);
    for (int i = 0; i < n; i++) {
      b.append(r.nextBoolean() ? SOUP.get(r.nextInt(SOUP.size())) : anyString(r, 8));
    }
    return b.toString();
  }

  private static String anyString(java.util.Random r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      b.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x3000) : 32 + r.nextInt(95)));
    }
    return b.toString();
  }

  private static List<Block> bodies(java.util.Random r) {
    List<Block> blocks = new java.util.ArrayList<>();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> blocks.add(new Paragraph(inline(r)));
        case 1 -> blocks.add(new Heading(words(r)));
        case 2 -> blocks.add(new Quote(words(r), r.nextBoolean() ? "" : words(r)));
        case 3 -> {
          List<String> items = new java.util.ArrayList<>();
          int k = 1 + r.nextInt(5);
          for (int j = 0; j < k; j++) {
            items.add(words(r));
          }
          blocks.add(new ListBlock(r.nextBoolean(), items));
        }
        default -> {
          StringBuilder h = new StringBuilder();
          for (int j = 0; j < 10; j++) {
            h.append("0123456789abcdef".charAt(r.nextInt(16)));
          }
          int width = 200 + r.nextInt(2201);
          int height = 1 + r.nextInt(9999);
          blocks.add(
              new Photo(
                  "/media/photo-" + h + "-" + width + ".jpg",
                  "/media/photo-"
                      + h
                      + "-320.jpg 320w, /media/photo-"
                      + h
                      + "-"
                      + width
                      + ".jpg "
                      + width
                      + "w",
                  width,
                  height,
                  words(r),
                  r.nextBoolean() ? "" : words(r),
                  r.nextBoolean() ? "" : words(r)));
        }
      }
    }
    return blocks;
  }

  /** Canonical text: words from several scripts and markup characters, single spaces between. */
  private static String words(java.util.Random r) {
    List<String> list = new java.util.ArrayList<>();
    int n = 1 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      if (r.nextBoolean()) {
        StringBuilder w = new StringBuilder();
        int len = 1 + r.nextInt(8);
        for (int j = 0; j < len; j++) {
          w.append((char) ('a' + r.nextInt(26)));
        }
        list.add(w.toString());
      } else {
        list.add(SPECIAL_WORDS.get(r.nextInt(SPECIAL_WORDS.size())));
      }
    }
    return String.join(" ", list);
  }

  /** Canonical inline HTML, as the sanitizer writes it. */
  private static String inline(java.util.Random r) {
    List<String> pieces = new java.util.ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String w = org.dateline.shared.Html.escape(words(r));
      pieces.add(
          switch (r.nextInt(4)) {
            case 0 -> w;
            case 1 -> "<b>" + w + "</b>";
            case 2 -> "<em>" + w + "</em>";
            default -> "<a href=\"https://news.example/a?b=1&amp;c=2\">" + w + "</a>";
          });
    }
    return org.dateline.shared.Html.sanitizeInline(String.join(" ", pieces));
  }

  private static String fixture(String name) {
    try (InputStream in = BodyHtmlTest.class.getResourceAsStream("/fixtures/paste/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
