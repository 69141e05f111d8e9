package org.dateline.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleState;
import org.dateline.testing.WireSamples;
import org.dateline.web.site.SiteChrome;
import org.junit.jupiter.api.Test;

class WireItemsTest {
  private static final WireSite SITE = WireSamples.SITE;

  @Test
  void published_is_usable_embargoed_is_withheld_and_killed_is_canceled() {
    assertThat(PubStatus.of(ArticleState.PUBLISHED)).isEqualTo(PubStatus.USABLE);
    assertThat(PubStatus.of(ArticleState.EMBARGOED)).isEqualTo(PubStatus.WITHHELD);
    assertThat(PubStatus.of(ArticleState.KILLED)).isEqualTo(PubStatus.CANCELED);
    assertThat(WireItems.from(WireSamples.embargoed(), SITE).embargoedUntil())
        .contains(WireSamples.EMBARGO);
    assertThat(WireItems.from(WireSamples.killed(), SITE).embargoedUntil()).isEmpty();
  }

  @Test
  void the_guid_stays_the_same_through_updates_new_headlines_and_kills() {
    Article first = WireSamples.everything();
    ArticleContent c = first.content();
    Article updated =
        new Article(
            first.id(),
            "a-new-slug-for-a-new-headline",
            new ArticleContent(
                "A new headline",
                c.summary(),
                c.language(),
                c.section(),
                c.bylines(),
                c.dateline(),
                c.body(),
                c.tags(),
                c.urgency()),
            first.section(),
            first.authors(),
            first.tags(),
            ArticleState.KILLED,
            first.firstPublishedAt(),
            first.updatedAt(),
            first.version() + 1,
            first.sourceKey(),
            Optional.empty(),
            first.correction());

    WireItem before = WireItems.from(first, SITE);
    WireItem after = WireItems.from(updated, SITE);

    assertThat(after.guid())
        .isEqualTo(before.guid())
        .isEqualTo("tag:news.example,2026:article:4242");
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.url())
        .isEqualTo("https://news.example/article/4242/a-new-slug-for-a-new-headline");
    // The guid hangs on the agency's domain and date, not on where the site is served from.
    WireSite moved = new WireSite("Dateline", "news.example", "2026", "https://www.news.example/");
    assertThat(WireItems.from(first, moved).guid()).isEqualTo(before.guid());
    assertThat(WireItems.from(first, moved).url()).startsWith("https://www.news.example/article/");
  }

  @Test
  void
      photos_get_absolute_renditions_with_sizes_and_types_and_a_photo_without_its_file_is_left_out() {
    List<WirePhoto> photos = WireItems.from(WireSamples.everything(), SITE).photos();

    assertThat(photos).hasSize(2);
    assertThat(photos.get(0).renditions())
        .containsExactly(
            new WirePhoto.Rendition(
                "w1200",
                "https://news.example/media/port-container-ship-1a2b3c4d5e.jpg",
                1200,
                675,
                "image/jpeg"),
            new WirePhoto.Rendition(
                "w600",
                "https://news.example/media/port-container-ship-600-9f8e7d6c5b.jpg",
                600,
                338,
                "image/jpeg"));
    assertThat(photos.get(1).renditions())
        .containsExactly(
            new WirePhoto.Rendition(
                "w640",
                "https://news.example/media/photo-0a1b2c3d4e-640.png",
                640,
                480,
                "image/png"));
    assertThat(photos.get(0).uri())
        .isEqualTo("tag:news.example,2026:photo:port-container-ship-1a2b3c4d5e");
  }

  @Test
  void bylines_sections_and_topics_link_to_their_public_pages() {
    WireItem item = WireItems.from(WireSamples.everything(), SITE);

    assertThat(item.bylines().get(0))
        .isEqualTo(new Byline("김민준", Optional.of("https://news.example/author/kim-min-jun")));
    assertThat(item.section().orElseThrow().uri())
        .isEqualTo("https://news.example/section/economy");
    assertThat(item.topics())
        .extracting(Subject::uri)
        .containsExactly(
            "https://news.example/tag/semiconductors",
            "https://news.example/tag/seoul",
            "https://news.example/tag/trade-r-d");
    assertThat(item.provider())
        .isEqualTo(new WireItem.Provider("Dateline", "https://news.example/"));
  }

  @Test
  void the_wire_links_are_the_public_sites_own_paths() {
    assertThat(SITE.articleUrl(42, "a-slug"))
        .isEqualTo("https://news.example" + SiteChrome.articleHref(42, "a-slug"));
    assertThat(SITE.sectionUrl("economy"))
        .isEqualTo("https://news.example" + SiteChrome.sectionHref("economy"));
  }

  @Test
  void a_site_with_a_bad_domain_date_or_base_url_is_refused_with_the_value_in_the_message() {
    assertThatThrownBy(
            () -> new WireSite("Dateline", "News Example", "2026", "https://news.example"))
        .hasMessageContaining("News Example");
    assertThatThrownBy(() -> new WireSite("Dateline", "news.example", "26", "https://news.example"))
        .hasMessageContaining("26");
    assertThatThrownBy(() -> new WireSite("Dateline", "news.example", "2026", "news.example"))
        .hasMessageContaining("news.example");
  }

  @Test
  void right_to_left_languages_are_recognised_by_language_and_script() {
    assertThat(TextDirection.of("ar")).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of("fa-IR")).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of("he")).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of("az-Arab")).isEqualTo(TextDirection.RTL);
    assertThat(TextDirection.of("ku-Latn")).isEqualTo(TextDirection.LTR);
    assertThat(TextDirection.of("ko")).isEqualTo(TextDirection.LTR);
    assertThat(TextDirection.of("en-GB")).isEqualTo(TextDirection.LTR);
  }

  @Test
  void a_teaser_is_the_summary_or_else_the_first_paragraphs_text() {
    Article a = WireSamples.arabic();
    ArticleContent c = a.content();
    Article noSummary =
        new Article(
            a.id(),
            a.slug(),
            new ArticleContent(
                c.headline(),
                "",
                c.language(),
                c.section(),
                c.bylines(),
                c.dateline(),
                c.body(),
                c.tags(),
                c.urgency()),
            a.section(),
            a.authors(),
            a.tags(),
            a.state(),
            a.firstPublishedAt(),
            a.updatedAt(),
            a.version(),
            a.sourceKey(),
            a.embargoUntil(),
            a.correction());

    assertThat(WireItems.from(a, SITE).teaser())
        .isEqualTo("قال مسؤولون إن الاتفاق يشمل أشباه الموصلات.");
    assertThat(WireItems.from(noSummary, SITE).teaser())
        .isEqualTo("قال المسؤولون إن الاتفاق سيبدأ الشهر المقبل.");
  }
}
