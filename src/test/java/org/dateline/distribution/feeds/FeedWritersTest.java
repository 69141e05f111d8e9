package org.dateline.distribution.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WireItems;
import org.dateline.testing.Golden;
import org.dateline.testing.WireSamples;
import org.dateline.testing.XmlDoc;
import org.junit.jupiter.api.Test;

class FeedWritersTest {
  static final FeedChannel SITE = channel("rss");

  /** The site's feed of latest stories, at its address for a format ({@code rss}, {@code atom}). */
  static FeedChannel channel(String extension) {
    return new FeedChannel(
        "tag:news.example,2026:feed:latest",
        "Dateline",
        "The latest stories from Dateline",
        "https://news.example/",
        "https://news.example/feeds/latest." + extension,
        "en",
        "Dateline");
  }

  private final RssWriter rss = new RssWriter();
  private final AtomWriter atom = new AtomWriter();
  private final JsonFeedWriter jsonFeed = new JsonFeedWriter();
  private final ObjectMapper json = new ObjectMapper();

  private static WireItem item(org.dateline.article.Article article) {
    return WireItems.from(article, WireSamples.SITE);
  }

  /** The story that has everything, an embargoed one and an Arabic one, newest first. */
  private static List<WireItem> items() {
    return List.of(
        item(WireSamples.everything()), item(WireSamples.embargoed()), item(WireSamples.arabic()));
  }

  private static SyndFeed readBack(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void rss_read_back_by_rome_has_every_required_element_and_the_photos() throws Exception {
    String xml = rss.write(SITE, items(), FeedContent.FULL_TEXT);
    SyndFeed feed = readBack(xml);

    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("Dateline");
    assertThat(feed.getLink()).isEqualTo("https://news.example/");
    assertThat(feed.getDescription()).isEqualTo("The latest stories from Dateline");
    assertThat(feed.getLanguage()).isEqualTo("en");
    assertThat(feed.getEntries()).hasSize(2);
    SyndEntry first = feed.getEntries().get(0);
    assertThat(first.getTitle()).isEqualTo(WireSamples.HEADLINE);
    assertThat(first.getLink())
        .isEqualTo(
            "https://news.example/article/4242/seoul-tokyo-agree-on-quota-rules-as-chip-exports-slow");
    assertThat(first.getUri()).isEqualTo("tag:news.example,2026:article:4242");
    assertThat(first.getPublishedDate()).isEqualTo(Date.from(WireSamples.FIRST));
    assertThat(first.getDescription().getValue())
        .isEqualTo(
            "Officials said the <b>quota</b> deal covers memory chips & wafers; \"talks\" go on.");
    assertThat(first.getContents().get(0).getValue()).contains("<strong>new quota rules</strong>");
    assertThat(first.getCategories().stream().map(SyndCategory::getName))
        .containsExactly("Economy", "Semiconductors", "서울", "Trade & R&D <policy>");
    assertThat(first.getCategories().get(0).getTaxonomyUri())
        .isEqualTo("https://news.example/section/");
    assertThat(((DCModule) first.getModule(DCModule.URI)).getCreators())
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(first.getEnclosures().get(0).getUrl())
        .isEqualTo("https://news.example/media/port-container-ship-1a2b3c4d5e.jpg");
    assertThat(first.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");
    MediaEntryModule media = (MediaEntryModule) first.getModule(MediaModule.URI);
    assertThat(media.getMediaContents()).hasSize(2);
    assertThat(media.getMediaContents()[0].getWidth()).isEqualTo(1200);
    assertThat(media.getMediaContents()[0].getMetadata().getTitle())
        .isEqualTo("A container ship at the port of Busan at dusk");
    assertThat(media.getMediaContents()[0].getMetadata().getDescription())
        .isEqualTo("Containers wait at Busan's new port on Feb. 3.");
    assertThat(media.getMediaContents()[0].getMetadata().getCredits()[0].getName())
        .isEqualTo("Dateline / 김민준");
    XmlDoc doc = XmlDoc.parse(xml);
    assertThat(doc.text("//item[1]/guid/@isPermaLink")).isEqualTo("false");
    assertThat(doc.text("/rss/channel/*[local-name()='link' and @rel='self']/@href"))
        .isEqualTo("https://news.example/feeds/latest.rss");
  }

  @Test
  void atom_read_back_by_rome_has_every_required_element_and_the_photos() throws Exception {
    String xml = atom.write(channel("atom"), items(), FeedContent.FULL_TEXT);
    SyndFeed feed = readBack(xml);

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo("tag:news.example,2026:feed:latest");
    assertThat(feed.getTitle()).isEqualTo("Dateline");
    assertThat(feed.getPublishedDate()).isEqualTo(Date.from(WireSamples.UPDATED));
    assertThat(feed.getAuthors().stream().map(SyndPerson::getName)).containsExactly("Dateline");
    assertThat(feed.getEntries()).hasSize(2);
    SyndEntry first = feed.getEntries().get(0);
    assertThat(first.getUri()).isEqualTo("tag:news.example,2026:article:4242");
    assertThat(first.getTitle()).isEqualTo(WireSamples.HEADLINE);
    assertThat(first.getUpdatedDate()).isEqualTo(Date.from(WireSamples.UPDATED));
    assertThat(first.getPublishedDate()).isEqualTo(Date.from(WireSamples.FIRST));
    assertThat(first.getAuthors().stream().map(SyndPerson::getName))
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(first.getAuthors().get(0).getUri())
        .isEqualTo("https://news.example/author/kim-min-jun");
    assertThat(first.getContents().get(0).getValue()).contains("<strong>new quota rules</strong>");
    assertThat(first.getCategories().get(1).getName()).isEqualTo("semiconductors");
    assertThat(first.getCategories().get(1).getTaxonomyUri())
        .isEqualTo("https://news.example/tag/");
    assertThat(first.getCategories().get(1).getLabel()).isEqualTo("Semiconductors");
    assertThat(first.getEnclosures().get(0).getUrl())
        .isEqualTo("https://news.example/media/port-container-ship-1a2b3c4d5e.jpg");
    assertThat(((MediaEntryModule) first.getModule(MediaModule.URI)).getMediaContents()).hasSize(2);
    XmlDoc doc = XmlDoc.parse(xml);
    assertThat(doc.text("/*[local-name()='feed']/*[local-name()='link' and @rel='self']/@href"))
        .isEqualTo("https://news.example/feeds/latest.atom");
  }

  @Test
  void json_feed_has_the_required_fields_of_json_feed_1_1() throws Exception {
    JsonNode feed = json.readTree(jsonFeed.write(SITE, items(), FeedContent.FULL_TEXT));

    assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").isTextual()).isTrue();
    assertThat(feed.path("items").isArray()).isTrue();
    assertThat(feed.path("items")).hasSize(2);
    for (JsonNode item : feed.path("items")) {
      assertThat(item.path("id").isTextual()).isTrue();
      assertThat(item.path("id").asText()).isNotEmpty();
      assertThat(item.has("content_html") || item.has("content_text")).isTrue();
      // RFC 3339 dates, as the spec asks.
      OffsetDateTime.parse(item.path("date_published").asText());
      OffsetDateTime.parse(item.path("date_modified").asText());
    }
    JsonNode first = feed.path("items").get(0);
    assertThat(first.path("title").asText()).isEqualTo(WireSamples.HEADLINE);
    assertThat(first.path("image").asText())
        .isEqualTo("https://news.example/media/port-container-ship-1a2b3c4d5e.jpg");
    assertThat(first.path("authors").findValuesAsText("name"))
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(first.path("tags").get(2).asText()).isEqualTo("서울");
    assertThat(first.path("attachments").findValuesAsText("mime_type"))
        .containsExactly("image/jpeg", "image/png");
    assertThat(feed.path("items").get(1).path("language").asText()).isEqualTo("ar");
  }

  @Test
  void a_summary_feed_carries_no_body_and_a_full_text_feed_carries_the_whole_body()
      throws Exception {
    String rssSummary = rss.write(SITE, items(), FeedContent.SUMMARY);
    String atomSummary = atom.write(SITE, items(), FeedContent.SUMMARY);
    JsonNode jsonSummary = json.readTree(jsonFeed.write(SITE, items(), FeedContent.SUMMARY));
    JsonNode jsonFull = json.readTree(jsonFeed.write(SITE, items(), FeedContent.FULL_TEXT));

    assertThat(readBack(rssSummary).getEntries().get(0).getContents()).isEmpty();
    assertThat(rssSummary).doesNotContain("content:encoded").doesNotContain("Talks continue");
    assertThat(readBack(atomSummary).getEntries().get(0).getContents()).isEmpty();
    assertThat(atomSummary).doesNotContain("Talks continue");
    assertThat(jsonSummary.path("items").get(0).has("content_html")).isFalse();
    assertThat(jsonSummary.path("items").get(0).path("content_text").asText())
        .startsWith("Officials said");
    assertThat(jsonFull.path("items").get(0).path("content_html").asText())
        .contains("Talks continue in Tokyo next week");
    assertThat(
            readBack(rss.write(SITE, items(), FeedContent.FULL_TEXT))
                .getEntries()
                .get(0)
                .getContents()
                .get(0)
                .getValue())
        .contains("Talks continue in Tokyo next week");
  }

  @Test
  void embargoed_and_killed_stories_are_absent_from_every_feed() {
    // Given an embargoed story (4243) and a killed one (4242) passed to the writers by mistake,
    List<WireItem> mixed =
        List.of(
            item(WireSamples.embargoed()), item(WireSamples.killed()), item(WireSamples.arabic()));

    // when every feed is written in both modes, then neither shows up anywhere in it.
    for (FeedContent content : FeedContent.values()) {
      for (String output :
          List.of(
              rss.write(SITE, mixed, content),
              atom.write(SITE, mixed, content),
              jsonFeed.write(SITE, mixed, content))) {
        assertThat(output)
            .doesNotContain("article:4243")
            .doesNotContain("article:4242")
            .doesNotContain("/article/4242/")
            .doesNotContain("Seoul &amp; Tokyo")
            .doesNotContain("Seoul & Tokyo")
            .doesNotContain("port-container-ship")
            .contains("article:4244");
      }
    }
  }

  @Test
  void an_empty_feed_is_still_a_valid_feed() throws Exception {
    assertThat(readBack(rss.write(SITE, List.of(), FeedContent.SUMMARY)).getEntries()).isEmpty();
    assertThat(readBack(atom.write(SITE, List.of(), FeedContent.SUMMARY)).getEntries()).isEmpty();
    assertThat(json.readTree(jsonFeed.write(SITE, List.of(), FeedContent.SUMMARY)).path("items"))
        .isEmpty();
  }

  @Test
  void the_feeds_of_two_stories_match_the_golden_files() throws Exception {
    List<WireItem> two = List.of(item(WireSamples.everything()), item(WireSamples.arabic()));
    Golden.assertMatches("wire/latest.rss.xml", rss.write(SITE, two, FeedContent.FULL_TEXT));
    Golden.assertMatches(
        "wire/latest.atom.xml", atom.write(channel("atom"), two, FeedContent.FULL_TEXT));
    Golden.assertMatches(
        "wire/latest.feed.json",
        json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(
                    json.readTree(jsonFeed.write(channel("json"), two, FeedContent.SUMMARY)))
            + "\n");
  }
}
