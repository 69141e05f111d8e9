package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.article.Block.Heading;
import org.dateline.article.Block.ListBlock;
import org.dateline.article.Block.Paragraph;
import org.dateline.article.Block.Photo;
import org.dateline.article.Block.Quote;
import org.jsoup.Jsoup;
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
  void unicode_line_breaks_read_as_white_space_and_the_paragraph_reads_back_as_itself() {
    List<Block> blocks =
        BodyHtml.parse("<p>Seoul\u0085 &amp; Busan\u2028 Ōsaka \u2029東京\u0085\u0085</p>");

    assertThat(blocks).containsExactly(new Paragraph("Seoul &amp; Busan Ōsaka 東京"));
    assertThat(BodyHtml.parse(BodyHtml.render(blocks))).isEqualTo(blocks);
  }

  @Test
  void nothing_gives_no_blocks() {
    assertThat(BodyHtml.parse(null)).isEmpty();
    assertThat(BodyHtml.parse("")).isEmpty();
    assertThat(BodyHtml.parse(" \n <!-- only a comment --> <p></p><br>")).isEmpty();
  }

  static String fixture(String name) {
    try (InputStream in = BodyHtmlTest.class.getResourceAsStream("/fixtures/paste/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void a_photos_focal_point_and_crops_survive_the_editor_and_the_store() {
    Photo photo =
        new Photo(
            "/media/photo-0123456789abcdef0123-2400.jpg",
            "",
            2400,
            1600,
            "Fishing boats at dawn",
            "Boats in Sokcho harbour.",
            "김민준 / Dateline",
            new Block.Focus(
                0.3,
                0.75,
                new Block.Crop(
                    "/media/photo-0123456789abcdef0123-f300-750-card-1200.jpg", 1200, 630),
                new Block.Crop(
                    "/media/photo-0123456789abcdef0123-f300-750-thumb-640.jpg", 640, 360)));

    String html = BodyHtml.render(List.of(photo));

    assertThat(html).contains("data-focus=\"0.3,0.75\"");
    assertThat(BodyHtml.parse(html)).containsExactly(photo);
    assertThat(
            org.dateline.article.format.BodyJson.read(
                org.dateline.article.format.BodyJson.write(List.of(photo))))
        .containsExactly(photo);
  }

  @Test
  void a_malformed_focal_point_or_a_crop_outside_the_media_folder_is_dropped() {
    String html =
        "<figure data-src=\"/media/photo-0123456789-1024.jpg\" data-focus=\"2,0.5\""
            + " data-card=\"https://evil.example/x.jpg 1200x630\"><img alt=\"A boat\"></figure>";
    String cropElsewhere =
        "<figure data-src=\"/media/photo-0123456789-1024.jpg\" data-focus=\"0.2,0.5\""
            + " data-card=\"https://evil.example/x.jpg 1200x630\"><img alt=\"A boat\"></figure>";

    assertThat(((Photo) BodyHtml.parse(html).get(0)).focus()).isEqualTo(Block.Focus.CENTRE);
    Block.Focus kept = ((Photo) BodyHtml.parse(cropElsewhere).get(0)).focus();
    assertThat(kept.x()).isEqualTo(0.2);
    assertThat(kept.card()).isEqualTo(Block.Crop.NONE);
  }
}
