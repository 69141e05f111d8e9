package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleContentTest {
  private static ArticleContent content(String headline, List<Block> body, int urgency) {
    return new ArticleContent(
        headline,
        "",
        "en",
        "",
        List.of(" Kim ", "Kim"),
        Optional.empty(),
        body,
        List.of("a", " a "),
        urgency);
  }

  @Test
  void trims_and_deduplicates_names() {
    var c = content("  Headline ", List.of(new Block.Paragraph("p")), 5);
    assertThat(c.headline()).isEqualTo("Headline");
    assertThat(c.bylines()).containsExactly("Kim");
    assertThat(c.tags()).containsExactly("a");
  }

  @Test
  void refuses_a_story_without_headline_body_or_valid_urgency() {
    assertThatThrownBy(() -> content(" ", List.of(new Block.Paragraph("p")), 5))
        .hasMessageContaining("headline");
    assertThatThrownBy(() -> content("H", List.of(), 5)).hasMessageContaining("body");
    assertThatThrownBy(() -> content("H", List.of(new Block.Paragraph("p")), 9))
        .hasMessageContaining("urgency");
    assertThatThrownBy(() -> content("x".repeat(301), List.of(new Block.Paragraph("p")), 5))
        .hasMessageContaining("longer");
  }

  @Test
  void a_photo_needs_alt_text() {
    assertThatThrownBy(() -> new Block.Photo("/media/a.jpg", "", 10, 10, " ", "caption", ""))
        .hasMessageContaining("alt");
  }

  @Test
  void the_fingerprint_follows_the_content() {
    var a = content("H", List.of(new Block.Paragraph("p")), 5);
    var same = content("H", List.of(new Block.Paragraph("p")), 5);
    var other = content("H", List.of(new Block.Paragraph("q")), 5);
    assertThat(a.fingerprint()).isEqualTo(same.fingerprint()).isNotEqualTo(other.fingerprint());
  }

  @Test
  void the_lead_photo_is_the_first_photo_with_an_image() {
    var withoutImage = new Block.Photo("", "", 0, 0, "alt", "c", "");
    var withImage = new Block.Photo("/media/x.jpg", "", 10, 10, "alt2", "c2", "");
    var c = content("H", List.of(new Block.Paragraph("p"), withoutImage, withImage), 5);
    assertThat(c.leadPhoto()).contains(withImage);
  }
}
