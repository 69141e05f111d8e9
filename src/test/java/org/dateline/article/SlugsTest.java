package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.dateline.shared.Slugs;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void latin_titles_give_the_same_ascii_slugs_as_before() {
    assertThat(Slugs.of("U.S. closely engaged: State Dept."))
        .isEqualTo("u-s-closely-engaged-state-dept");
    assertThat(Slugs.of("Café déjà vu")).isEqualTo("cafe-deja-vu");
    assertThat(Slugs.of("Nguyễn Văn An")).isEqualTo("nguyen-van-an");
    assertThat(Slugs.of("a ".repeat(100)).length()).isLessThanOrEqualTo(80);
  }

  @Test
  void names_in_every_script_keep_their_letters() {
    assertThat(Slugs.of("김철수")).isEqualTo("김철수");
    assertThat(Slugs.of("Иван Петров")).isEqualTo("иван-петров");
    assertThat(Slugs.of("山田 太郎")).isEqualTo("山田-太郎");
    assertThat(Slugs.of("やまだ・たろう")).isEqualTo("やまだ-たろう");
    assertThat(Slugs.of("日本")).isNotEqualTo(Slugs.of("中国"));
    assertThat(Slugs.of("محمد علي")).isEqualTo("محمد-علي");
    assertThat(Slugs.of("हिन्दी समाचार")).isEqualTo("हिन्दी-समाचार"); // vowel signs are marks: kept
    assertThat(Slugs.of("Ελληνικά ΝΕΑ")).isEqualTo("ελληνικά-νεα");
  }

  @Test
  void slugs_are_nfc_and_case_folded_whatever_form_the_text_came_in() {
    String decomposed = "\u1100\u1161\u11A8\u1100\u1175"; // 각기 as jamo
    assertThat(Slugs.of(decomposed)).isEqualTo("각기");
    assertThat(Slugs.of("ИВАН ПЕТРОВ")).isEqualTo(Slugs.of("иван петров"));
    assertThat(Slugs.of("ＡＢＣ News")).isEqualTo("abc-news");
  }

  @Test
  void a_title_without_letters_or_digits_gets_the_fallback() {
    assertThat(Slugs.of("!!! ???")).isEqualTo(Slugs.FALLBACK);
    assertThat(Slugs.orEmpty("\u200B\u200B")).isEmpty();
  }

  @Test
  void a_long_title_in_hangul_is_cut_at_eighty_characters() {
    String slug = Slugs.of("가나다라마바사 ".repeat(30));
    assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(80);
    assertThat(slug).doesNotEndWith("-");
  }

  @Test
  void a_slug_in_a_path_is_percent_encoded_and_decodes_to_itself() {
    for (String name : new String[] {"김철수", "иван-петров", "日本", "محمد-علي", "cafe"}) {
      String segment = Slugs.inPath(Slugs.of(name));
      assertThat(segment).matches("[A-Za-z0-9%._*-]+");
      URI uri = URI.create("http://x/author/" + segment);
      assertThat(uri.getPath()).isEqualTo("/author/" + Slugs.of(name));
      assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(Slugs.of(name));
    }
    assertThat(Slugs.inPath("김철수")).isEqualTo("%EA%B9%80%EC%B2%A0%EC%88%98");
  }
}
