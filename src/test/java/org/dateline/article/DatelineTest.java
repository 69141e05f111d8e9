package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void splits_the_dateline_off_a_first_paragraph() {
    var split =
        Dateline.splitFrom("WASHINGTON, Feb. 3 (Yonhap) -- The United States remains engaged.")
            .orElseThrow();
    assertThat(split.dateline()).isEqualTo(new Dateline("WASHINGTON", "Feb. 3", "Yonhap"));
    assertThat(split.rest()).isEqualTo("The United States remains engaged.");
  }

  @Test
  void renders_the_lead_as_the_seed_shows_it() {
    assertThat(new Dateline("WASHINGTON", "Feb. 3", "Yonhap").lead())
        .isEqualTo("WASHINGTON, Feb. 3 (Yonhap) -- ");
    assertThat(new Dateline("NEW YORK", "May 12", "Dateline").lead())
        .isEqualTo("NEW YORK, May 12 (Dateline) -- ");
  }

  @Test
  void a_paragraph_without_a_dateline_is_left_alone() {
    assertThat(Dateline.splitFrom("The meeting was set to be held in New York on the day."))
        .isEmpty();
    assertThat(Dateline.splitFrom("Washington, Feb. 3 -- lower case place and no source"))
        .isEmpty();
  }
}
