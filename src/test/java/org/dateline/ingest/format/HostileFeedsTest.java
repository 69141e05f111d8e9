package org.dateline.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.ingest.format.feed.FeedReader;
import org.dateline.ingest.format.newsml.NewsMlReader;
import org.dateline.ingest.format.ninjs.NinjsReader;
import org.dateline.shared.Html;
import org.junit.jupiter.api.Test;

/** Nothing in a feed can put script into the newsroom or the site, nor make the parser fetch. */
class HostileFeedsTest {

  private static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(Samples.root().resolve("own").resolve(name));
  }

  private static void assertHarmless(IncomingItem item) {
    for (Block b : item.body()) {
      if (b instanceof Block.Paragraph p) {
        String html = p.html().toLowerCase(java.util.Locale.ROOT);
        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "<img", "<object", "<style");
        assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(html)
            .doesNotContainPattern("href\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):");
        assertThat(html).doesNotContainPattern("<a [^>]*href=\"(?!https?://|mailto:)");
        // What is stored is already what the allow-list keeps.
        assertThat(Html.sanitizeInline(p.html())).isEqualTo(p.html());
      } else {
        assertThat(b).isNotInstanceOf(Block.Photo.class);
      }
    }
    item.pictures()
        .forEach(
            p ->
                assertThat(p.renditions())
                    .allSatisfy(r -> assertThat(r.href()).matches("https?://.+")));
  }

  @Test
  void scripts_handlers_and_javascript_links_in_a_ninjs_body_are_dropped_and_the_text_kept()
      throws IOException {
    IncomingItem item = new NinjsReader().read(sample("hostile-ninjs.json")).items().get(0);

    assertHarmless(item);
    assertThat(item.headline()).isEqualTo("Hostile \"headline\"");
    assertThat(item.bylines()).containsExactly("Mallory");
    assertThat(item.body().toString()).contains("Click", "here", "there", "After", "bold");
    assertThat(item.body().toString()).contains("https://ok.example/");
    assertThat(item.pictures().get(0).renditions())
        .extracting(IncomingItem.Rendition::href)
        .containsExactly("https://ok.example/p.jpg");
  }

  @Test
  void scripts_and_handlers_in_an_xhtml_body_are_dropped() throws IOException {
    IncomingItem item = new NewsMlReader().read(sample("hostile-xhtml.xml")).items().get(0);

    assertHarmless(item);
    assertThat(item.body().toString()).contains("Text", "link");
  }

  @Test
  void an_external_entity_is_refused_and_nothing_is_read_from_the_disk() throws IOException {
    assertThatThrownBy(() -> new NewsMlReader().read(sample("hostile-xxe.xml")))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void entity_expansion_billion_laughs_is_refused_before_any_expansion() throws IOException {
    assertThatThrownBy(() -> new FeedReader().read(sample("hostile-billion-laughs.xml")))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> new NewsMlReader().read(sample("hostile-billion-laughs.xml")))
        .isInstanceOf(NotAnArticle.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void every_xss_payload_of_the_shared_corpus_is_harmless_in_every_text_field() throws IOException {
    List<String> payloads =
        Files.readAllLines(
            Samples.root().getParent().getParent().resolve("fixtures/xss-payloads.txt"),
            StandardCharsets.UTF_8);
    assertThat(payloads).hasSizeGreaterThan(10);
    for (String payload : payloads) {
      if (payload.isBlank() || payload.startsWith("# ")) {
        continue; // the corpus's comments
      }
      var node = Samples.JSON.createObjectNode();
      node.put("uri", "urn:x");
      node.putArray("headlines").addObject().put("value", payload + " headline");
      node.putArray("bodies").addObject().put("contentType", "text/html").put("value", payload);
      node.put("by", payload);
      Parsed parsed = new NinjsReader().read(node.toString().getBytes(StandardCharsets.UTF_8));
      parsed.items().forEach(HostileFeedsTest::assertHarmless);
    }
  }
}
