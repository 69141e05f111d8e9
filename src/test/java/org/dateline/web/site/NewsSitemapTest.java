package org.dateline.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language code Google's news sitemap wants for a story's language tag. */
class NewsSitemapTest {
  @Test
  void the_tags_first_part_is_the_code() {
    assertThat(NewsSitemap.newsLanguage("en-GB")).isEqualTo("en");
    assertThat(NewsSitemap.newsLanguage("ko")).isEqualTo("ko");
    assertThat(NewsSitemap.newsLanguage("ar-EG")).isEqualTo("ar");
    assertThat(NewsSitemap.newsLanguage("PT-br")).isEqualTo("pt");
  }

  @Test
  void chinese_is_told_apart_by_script_or_region() {
    assertThat(NewsSitemap.newsLanguage("zh-Hans")).isEqualTo("zh-cn");
    assertThat(NewsSitemap.newsLanguage("zh")).isEqualTo("zh-cn");
    assertThat(NewsSitemap.newsLanguage("zh-Hant")).isEqualTo("zh-tw");
    assertThat(NewsSitemap.newsLanguage("zh-TW")).isEqualTo("zh-tw");
    assertThat(NewsSitemap.newsLanguage("zh-HK")).isEqualTo("zh-tw");
  }
}
