package org.dateline.distribution.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dateline.distribution.sitemaps.SitemapWriter.NewsUrl;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.testing.HostileInput;
import org.dateline.testing.SitemapRules;
import org.dateline.testing.XmlDoc;
import org.junit.jupiter.api.Test;

/** The sitemap writer alone: the protocol's rules, its limits, and text of every kind kept. */
class SitemapWriterTest {
  private static final String BASE = "https://news.example";
  private final SitemapWriter writer = new SitemapWriter();

  @Test
  void a_urlset_and_an_index_follow_the_protocol_with_w3c_lastmod() {
    String urlset =
        writer.urlset(
            List.of(
                new Url(
                    BASE + "/article/1/%EC%84%9C%EC%9A%B8",
                    Optional.of(Instant.parse("2026-11-30T09:15:30.123Z"))),
                new Url(BASE + "/tag/x", Optional.empty())));
    assertThat(SitemapRules.urlsetErrors(urlset, BASE)).isEmpty();
    assertThat(XmlDoc.parse(urlset).texts("//sm:lastmod")).containsExactly("2026-11-30T09:15:30Z");
    String index =
        writer.index(List.of(new Url(BASE + "/sitemaps/articles-0.xml", Optional.empty())));
    assertThat(SitemapRules.indexErrors(index, BASE)).isEmpty();
  }

  @Test
  void more_than_fifty_thousand_urls_or_a_thousand_news_stories_or_a_relative_url_are_refused() {
    Url one = new Url(BASE + "/", Optional.empty());
    assertThat(SitemapRules.urlsetErrors(writer.urlset(Collections.nCopies(50_000, one)), BASE))
        .isEmpty();
    assertThatThrownBy(() -> writer.urlset(Collections.nCopies(50_001, one)))
        .isInstanceOf(IllegalArgumentException.class);
    NewsUrl story = new NewsUrl(BASE + "/article/1/a", "en", Instant.EPOCH, "A");
    assertThatThrownBy(() -> writer.news("Dateline", Collections.nCopies(1_001, story)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Url("/article/1/a", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void news_titles_of_the_hostile_corpus_and_every_script_read_back_unchanged() {
    List<String> titles = new java.util.ArrayList<>(HostileInput.xssPayloads());
    titles.addAll(
        List.of("서울 증시 상승 출발", "東京株式市場", "北京冬奥会", "الأخبار العاجلة", "Новости", "Café & Crème"));
    for (String title : titles) {
      String xml =
          writer.news(
              "Dateline <Wire>",
              List.of(
                  new NewsUrl(
                      BASE + "/article/1/a", "ko", Instant.parse("2026-11-30T00:00:00Z"), title)));
      assertThat(SitemapRules.newsErrors(xml, BASE)).as(title).isEmpty();
      XmlDoc doc = XmlDoc.parse(xml);
      assertThat(doc.text("//news:title")).isEqualTo(title.strip());
      assertThat(doc.text("//news:publication/news:name")).isEqualTo("Dateline <Wire>");
    }
  }
}
