package org.dateline.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a change of an edition records: the fields that differ, or every field of a new one. */
class EditionChangesTest {
  private static final Edition KOREAN =
      new Edition(
          "Dateline",
          "ko",
          ZoneId.of("Asia/Seoul"),
          "yyyy년 M월 d일 HH:mm",
          Edition.FeedText.SUMMARY,
          "한국어",
          "ko",
          Optional.empty(),
          new DatelineStyle("({place}[={source}])"),
          Edition.Direction.LTR,
          1,
          false);

  @Test
  void a_new_edition_is_recorded_with_every_field() {
    assertThat(EditionChanges.describe(null, KOREAN))
        .isEqualTo(
            "name: 한국어; prefix: ko; host: ; zone: Asia/Seoul; date pattern: yyyy년 M월 d일 HH:mm;"
                + " dateline style: ({place}[={source}]); direction: "
                + Edition.Direction.LTR.label()
                + "; position: 1; default: no");
  }

  @Test
  void a_change_records_only_the_fields_that_differ_old_to_new() {
    Edition moved =
        new Edition(
            KOREAN.siteName(),
            KOREAN.language(),
            ZoneId.of("UTC"),
            KOREAN.datePattern(),
            Edition.FeedText.FULL,
            KOREAN.name(),
            "kr",
            Optional.of("ko.news.example"),
            KOREAN.datelineStyle(),
            KOREAN.direction(),
            KOREAN.position(),
            KOREAN.isDefault());

    assertThat(EditionChanges.describe(KOREAN, moved))
        .isEqualTo(
            "prefix: ko → kr; host:  → ko.news.example; zone: Asia/Seoul → UTC;"
                + " feed content: summary → full");
    assertThat(EditionChanges.describe(KOREAN, KOREAN)).isEmpty();
  }
}
