package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dateline.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** The draft's own checks, as a value for the form and as the constructor's refusal. */
class DraftTest {

  @Test
  void values_a_draft_can_hold_have_no_refusal() {
    assertThat(Draft.refusal("서울 시장 선거", "短い要約。", 1)).isEmpty();
    assertThat(Draft.refusal("", "", 8)).isEmpty();
  }

  @Test
  void each_broken_rule_is_named_in_the_refusal_and_the_constructor_refuses_alike() {
    String longHeadline = "ж".repeat(ArticleContent.MAX_HEADLINE + 1);
    String longSummary = "م".repeat(Draft.MAX_SUMMARY + 1);

    assertThat(Draft.refusal("Headline", "", 9))
        .contains("Urgency runs from 1 (flash) to 8 (routine).");
    assertThat(Draft.refusal("Headline", "", 0))
        .contains("Urgency runs from 1 (flash) to 8 (routine).");
    assertThat(Draft.refusal(longHeadline, "", 5))
        .contains("The headline has more than " + ArticleContent.MAX_HEADLINE + " characters.");
    assertThat(Draft.refusal("Headline", longSummary, 5))
        .contains("The summary has more than " + Draft.MAX_SUMMARY + " characters.");
    assertThatThrownBy(
            () -> new Draft(longHeadline, "", "", List.of(), "", "", "", List.of(), List.of(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(Draft.refusal(longHeadline, "", 5).orElseThrow());
  }

  @Test
  void a_headline_at_the_limit_after_cleaning_is_no_refusal() {
    String atLimit = "  " + "가".repeat(ArticleContent.MAX_HEADLINE) + "  ";

    assertThat(Draft.refusal(atLimit, "", 5)).isEmpty();
    assertThat(
            new Draft(atLimit, "", "", List.of(), "", "", "", List.of(), List.of(), 5).headline())
        .hasSize(ArticleContent.MAX_HEADLINE);
  }

  @Test
  void a_body_with_a_photo_without_alt_text_reads_as_a_refusal_and_no_blocks() {
    BodyHtml.Reading reading =
        BodyHtml.read("<p>Text</p><figure><img src=\"/media/a.jpg\" alt=\"\"></figure>");

    assertThat(reading.refusal()).contains(BodyHtml.ALT_REQUIRED);
    assertThat(reading.blocks()).isEmpty();
  }

  @Test
  void a_readable_body_reads_as_its_blocks_and_no_refusal() {
    BodyHtml.Reading reading = BodyHtml.read("<p>첫 문단</p><p>Второй абзац</p>");

    assertThat(reading.refusal()).isEmpty();
    assertThat(reading.blocks()).isEqualTo(BodyHtml.parse("<p>첫 문단</p><p>Второй абзац</p>"));
    assertThat(reading.blocks()).hasSize(2);
  }
}
