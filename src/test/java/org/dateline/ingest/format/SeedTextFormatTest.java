package org.dateline.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.testing.Seed;
import org.junit.jupiter.api.Test;

class SeedTextFormatTest {
  private final SeedTextFormat format = new SeedTextFormat("HH:mm MMMM dd, yyyy");

  @Test
  void reads_every_part_of_the_seed_page() {
    SeedStory story = format.read(Seed.text());

    assertThat(story.headline())
        .isEqualTo(
            "U.S. closely engaged with allies, partners to denuclearize Korean Peninsula: State Dept.");
    assertThat(story.sectionLabel()).isEqualTo("All News");
    assertThat(story.published()).isEqualTo(LocalDateTime.of(2022, 2, 4, 6, 12));
    assertThat(story.bylines()).containsExactly("Byun Duk-kun");
    assertThat(story.dateline()).contains(new Dateline("WASHINGTON", "Feb. 3", "Yonhap"));
    assertThat(story.body()).hasSize(17);
    assertThat(story.body().get(0)).isInstanceOf(Block.Paragraph.class);
    assertThat(((Block.Paragraph) story.body().get(0)).html())
        .startsWith("The United States remains closely engaged");
    Block.Photo photo = (Block.Photo) story.body().get(3);
    assertThat(photo.caption())
        .startsWith("Department of State Press Secretary Ned Price")
        .endsWith("(Yonhap)");
    assertThat(photo.alt()).isEqualTo(photo.caption());
    assertThat(photo.credit()).isEqualTo("Yonhap");
    assertThat(story.body()).filteredOn(Block.Photo.class::isInstance).hasSize(1);
  }

  @Test
  void drops_the_page_chrome() {
    SeedStory story = format.read(Seed.text());
    String all = story.body().toString() + story.headline();
    assertThat(all)
        .doesNotContain(
            "Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!");
  }

  @Test
  void escapes_paragraph_text_as_html() {
    SeedStory story =
        format.read(
            "Headline\n\nNational 10:00 January 02, 2022\n\nA <b>bold</b> & \"quoted\" claim.\n");
    assertThat(((Block.Paragraph) story.body().get(0)).html())
        .isEqualTo("A &lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34; claim.");
  }

  @Test
  void several_bylines_and_no_dateline() {
    SeedStory story =
        format.read(
            "Headline\n\nSports 10:00 January 02, 2022\n\nBy Kim A, Lee B and Park C\n\nFirst paragraph.\n");
    assertThat(story.bylines()).containsExactly("Kim A", "Lee B", "Park C");
    assertThat(story.dateline()).isEmpty();
    assertThat(story.sectionLabel()).isEqualTo("Sports");
  }

  @Test
  void a_doubled_line_of_control_characters_alone_is_no_photo() {
    // Found by SeedTextFormatPropertiesTest with -Dproperty.seed=16107286600645: a line repeated
    // (the way a photo's caption is) that holds only a control character threw "a photo needs alt
    // text" instead of being read.
    SeedStory story =
        format.read(
            "Headline\n\nSports 10:00 January 02, 2022\n\nFirst paragraph.\n\u0004\n\u0004\n"
                + "Second paragraph. "
                + "A long enough paragraph that two control characters are not the bulk of the file."
                    .repeat(3)
                + "\n");
    assertThat(story.body())
        .containsExactly(
            new Block.Paragraph("First paragraph."),
            new Block.Paragraph(
                "Second paragraph. "
                    + "A long enough paragraph that two control characters are not the bulk of the"
                        .concat(" file.")
                        .repeat(3)));
  }

  @Test
  void an_empty_file_is_not_an_article() {
    assertThatThrownBy(() -> format.read(""))
        .isInstanceOf(NotAnArticle.class)
        .hasMessage("the file is empty");
    assertThatThrownBy(() -> format.read(" \n\n \t\n"))
        .isInstanceOf(NotAnArticle.class)
        .hasMessage("the file is empty");
  }

  @Test
  void a_page_of_chrome_only_has_no_headline() {
    assertThatThrownBy(
            () ->
                format.read(
                    "Go to Contents Go to Navigation\n\nSend Feedback\nHow can we improve?\n"))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("no headline");
  }

  @Test
  void a_file_starting_with_the_time_line_has_no_headline() {
    assertThatThrownBy(() -> format.read("All News 06:12 February 04, 2022\n\nBody.\n"))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("no headline");
  }

  @Test
  void a_story_without_paragraphs_has_no_body() {
    assertThatThrownBy(
            () -> format.read("Headline\n\nAll News 06:12 February 04, 2022\n\nBy Someone\n"))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("no body");
  }

  @Test
  void a_missing_time_line_is_named() {
    assertThatThrownBy(() -> format.read("Headline\n\nJust a paragraph.\n"))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("no section and time line");
  }

  @Test
  void binary_junk_is_not_text() {
    String junk =
        new String(
            new byte[] {0, 1, 2, 3, (byte) 0xff, 0x7f, 0x10},
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> format.read("Headline\n" + junk))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("not text");
  }

  @Test
  void write_then_read_gives_the_same_story() {
    SeedStory story =
        new SeedStory(
            "Markets rally on export data",
            "Economy",
            LocalDateTime.of(2022, 1, 28, 9, 30),
            List.of("Kim Soo-yeon", "Han Tae-woo"),
            Optional.of(new Dateline("SEOUL", "Jan. 28", "Dateline")),
            List.of(
                new Block.Paragraph("Stocks rose on Friday."),
                new Block.Photo(
                    "",
                    "",
                    0,
                    0,
                    "Traders at work. (Dateline)",
                    "Traders at work. (Dateline)",
                    "Dateline"),
                new Block.Paragraph("Analysts expect more gains.")));
    assertThat(format.read(format.write(story))).isEqualTo(story);
  }
}
