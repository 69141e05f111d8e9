package org.dateline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.io.SyndFeedInput;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.distribution.feeds.AtomWriter;
import org.dateline.distribution.feeds.FeedChannel;
import org.dateline.distribution.feeds.FeedContent;
import org.dateline.distribution.feeds.JsonFeedWriter;
import org.dateline.distribution.feeds.RssWriter;
import org.dateline.distribution.newsmlg2.BodyFormat;
import org.dateline.distribution.newsmlg2.NewsMlG2Writer;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.dateline.distribution.ninjs.NinjsWriter;
import org.dateline.testing.Standards;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every demo story, loaded into a real SQLite store by the demo loader and read back through the
 * article facade, through every wire writer and checked against the official schemas; its photo
 * renditions are the real files in the media folder.
 */
class DemoStoriesOnTheWireIT {
  private static final String BASE = "http://127.0.0.1:8080";

  @TempDir Path data;

  @Test
  void every_demo_story_is_valid_ninjs_newsml_g2_and_feed_content_with_its_real_photos()
      throws Exception {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      var loaded = w.demo().load();
      WireSite site = new WireSite(w.editions().current().siteName(), "news.example", "2026", BASE);
      List<Article> stories = stories(w, loaded.total());
      assertThat(stories).hasSize(loaded.total()).hasSizeGreaterThanOrEqualTo(31);
      List<WireItem> items = new ArrayList<>();
      int photos = 0;
      for (Article story : stories) {
        WireItem item = WireItems.from(story, site);
        items.add(item);
        for (NinjsVersion version : NinjsVersion.values()) {
          assertThat(Standards.ninjsErrors(new NinjsWriter().write(item, version), version))
              .as("story %s as ninjs %s", story.id(), version.number)
              .isEmpty();
        }
        for (BodyFormat body : BodyFormat.values()) {
          assertThat(Standards.newsMlG2Errors(new NewsMlG2Writer().write(item, body)))
              .as("story %s as NewsML-G2 with %s", story.id(), body)
              .isEmpty();
        }
        long withImage =
            story.content().body().stream()
                .filter(b -> b instanceof Block.Photo p && p.image().isPresent())
                .count();
        assertThat(item.photos()).as("story %s", story.id()).hasSize((int) withImage);
        for (WirePhoto photo : item.photos()) {
          photos++;
          for (WirePhoto.Rendition r : photo.renditions()) {
            assertRenditionIsTheRealFile(r);
          }
        }
      }
      assertThat(photos).isGreaterThanOrEqualTo(10);
      FeedChannel channel =
          new FeedChannel(
              "tag:news.example,2026:feed:latest",
              "Dateline",
              "Latest",
              BASE + "/",
              BASE + "/feeds/latest",
              "en",
              "Dateline");
      for (FeedContent content : FeedContent.values()) {
        assertThat(
                new SyndFeedInput()
                    .build(new StringReader(new RssWriter().write(channel, items, content)))
                    .getEntries())
            .hasSize(items.size());
        assertThat(
                new SyndFeedInput()
                    .build(new StringReader(new AtomWriter().write(channel, items, content)))
                    .getEntries())
            .hasSize(items.size());
        assertThat(
                new ObjectMapper()
                    .readTree(new JsonFeedWriter().write(channel, items, content))
                    .path("items"))
            .hasSize(items.size());
      }
    }
  }

  @Test
  void a_story_embargoed_and_a_story_killed_in_the_store_reach_the_wire_withheld_and_canceled() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      w.demo().load();
      WireSite site = new WireSite("Dateline", "news.example", "2026", BASE);
      Article demo = w.articles().find(new ArticleId(2)).orElseThrow();
      Instant until = Instant.parse("2031-01-01T00:00:00Z");
      Article embargoed = w.articles().embargo(demo.content(), until, "test:embargoed");
      Article killed = w.articles().kill(demo.id());

      WireItem withheld = WireItems.from(embargoed, site);
      WireItem canceled = WireItems.from(killed, site);

      assertThat(withheld.pubStatus()).isEqualTo(PubStatus.WITHHELD);
      assertThat(withheld.embargoedUntil()).contains(until);
      assertThat(canceled.pubStatus()).isEqualTo(PubStatus.CANCELED);
      assertThat(canceled.guid()).isEqualTo("tag:news.example,2026:article:" + demo.id());
      for (WireItem item : List.of(withheld, canceled)) {
        assertThat(Standards.newsMlG2Errors(new NewsMlG2Writer().write(item, BodyFormat.XHTML)))
            .isEmpty();
        assertThat(
                new RssWriter()
                    .write(
                        new FeedChannel(
                            "tag:x,2026:f", "T", "D", BASE + "/", BASE + "/f", "en", "D"),
                        List.of(item),
                        FeedContent.FULL_TEXT))
            .doesNotContain(item.guid());
      }
    }
  }

  private static List<Article> stories(Wiring w, int total) {
    List<Article> out = new ArrayList<>();
    for (long id = 1; out.size() < total && id <= total * 2L; id++) {
      Optional<Article> a = w.articles().find(new ArticleId(id));
      a.ifPresent(out::add);
    }
    return out;
  }

  private void assertRenditionIsTheRealFile(WirePhoto.Rendition r) throws Exception {
    assertThat(r.href()).startsWith(BASE + "/media/");
    Path file = data.resolve("media").resolve(r.href().substring((BASE + "/media/").length()));
    assertThat(file).as(r.href()).isRegularFile();
    BufferedImage image = ImageIO.read(Files.newInputStream(file));
    assertThat(r.width()).as(r.href()).isEqualTo(image.getWidth());
    // Smaller renditions' heights are computed from the aspect ratio: at most a pixel off.
    assertThat(r.height()).as(r.href()).isBetween(image.getHeight() - 1, image.getHeight() + 1);
    assertThat(r.mimeType()).isEqualTo("image/jpeg");
  }
}
