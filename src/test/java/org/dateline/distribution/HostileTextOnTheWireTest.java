package org.dateline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.article.Tag;
import org.dateline.distribution.feeds.AtomWriter;
import org.dateline.distribution.feeds.FeedChannel;
import org.dateline.distribution.feeds.FeedContent;
import org.dateline.distribution.feeds.JsonFeedWriter;
import org.dateline.distribution.feeds.RssWriter;
import org.dateline.distribution.newsmlg2.BodyFormat;
import org.dateline.distribution.newsmlg2.NewsMlG2Writer;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.dateline.distribution.ninjs.NinjsWriter;
import org.dateline.section.Section;
import org.dateline.shared.Slugs;
import org.dateline.testing.HostileInput;
import org.dateline.testing.RandomInput;
import org.dateline.testing.Standards;
import org.dateline.testing.WireSamples;
import org.dateline.testing.XmlDoc;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every field of a story (control characters, lone surrogates, U+FFFE, CDATA ends,
 * comments, the XSS corpus, names in every script) through every wire writer: the output stays
 * valid JSON and XML (schemas included), and the body carries no markup beyond the allow-list. Each
 * run counts the fields of each kind it generated (edge characters, XSS payloads, any text, hostile
 * markup) and the fields with characters XML cannot carry, and fails when there are too few.
 *
 * <p>Left out of the generated stories: photo addresses (always one well-formed local rendition:
 * the media store names photos, not editors), identifiers, dates, sections' slugs and versions
 * (made by the system, not typed), and long text (a headline is cut at 300 characters, every other
 * field is at most five parts of at most about 20 characters or two levels of markup).
 */
class HostileTextOnTheWireTest {
  private static final Set<String> BODY_ELEMENTS =
      Set.of(
          "p",
          "h2",
          "blockquote",
          "footer",
          "ol",
          "ul",
          "li",
          "figure",
          "img",
          "figcaption",
          "span",
          "strong",
          "em",
          "a",
          "div");
  private static final List<String> EDGES =
      List.of(
          "\u0000",
          "\u0007",
          "\u000b",
          "\u001b[31m",
          "\u007f",
          "\u0085",
          "\u009f",
          "\ud800",
          "\udfff",
          "\ufffe",
          "\uffff",
          "]]>",
          "<!--",
          "-->",
          "<![CDATA[",
          "&#0;",
          "&amp;",
          "</script><script>alert(1)</script>",
          "\"'><svg onload=alert(1)>",
          "\u202e",
          "김민준",
          "山田太郎",
          "ليلى حسن",
          "Ёлка",
          "Zoë",
          "😀");

  /** Fields generated of each kind: edge characters, XSS payloads, any text, hostile markup. */
  private static final int STORIES = 60;

  private final int[] kinds = new int[4];

  /** Fields generated with characters XML cannot carry (what {@link SafeText#clean} removes). */
  private int unwritable;

  private final NinjsWriter ninjs = new NinjsWriter();
  private final NewsMlG2Writer newsMl = new NewsMlG2Writer();
  private final ObjectMapper json = new ObjectMapper();
  private final FeedChannel channel =
      new FeedChannel(
          "tag:news.example,2026:feed:latest",
          "Dateline",
          "Latest",
          "https://news.example/",
          "https://news.example/feeds/latest",
          "en",
          "Dateline");

  @Test
  void hostile_text_in_every_field_never_makes_invalid_json_xml_or_live_markup() throws Exception {
    long seed = RandomInput.seed("wire hostile text");
    RandomInput in = new RandomInput(seed);
    List<String> xss = HostileInput.xssPayloads();
    List<WireItem> items = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      Article article = hostileArticle(in, xss, i + 1);
      WireItem item = WireItems.from(article, WireSamples.SITE);
      items.add(item);
      String context = "seed " + seed + ", story " + (i + 1);
      for (NinjsVersion version : NinjsVersion.values()) {
        String text = ninjs.write(item, version);
        assertThat(Standards.ninjsErrors(text, version)).as(context).isEmpty();
        JsonNode tree = json.readTree(text);
        assertThat(tree.path("headlines").get(0).path("value").asText())
            .as(context)
            .isEqualTo(item.headline());
        assertOnlyAllowedMarkup(tree.path("bodies").get(0).path("value").asText(), context);
      }
      for (BodyFormat body : BodyFormat.values()) {
        String xml = newsMl.write(item, body);
        assertThat(Standards.newsMlG2Errors(xml)).as(context + " " + body).isEmpty();
        assertThat(XmlDoc.parse(xml).text("//g:contentMeta/g:headline"))
            .as(context)
            .isEqualTo(item.headline());
      }
    }
    for (FeedContent content : FeedContent.values()) {
      var rss =
          new SyndFeedInput()
              .build(new StringReader(new RssWriter().write(channel, items, content)));
      var atom =
          new SyndFeedInput()
              .build(new StringReader(new AtomWriter().write(channel, items, content)));
      JsonNode feed = json.readTree(new JsonFeedWriter().write(channel, items, content));
      assertThat(rss.getEntries()).as("seed %d", seed).hasSize(items.size());
      assertThat(atom.getEntries()).as("seed %d", seed).hasSize(items.size());
      assertThat(feed.path("items")).as("seed %d", seed).hasSize(items.size());
      for (int i = 0; i < items.size(); i++) {
        assertThat(rss.getEntries().get(i).getTitle()).isEqualTo(items.get(i).headline());
        assertThat(atom.getEntries().get(i).getTitle()).isEqualTo(items.get(i).headline());
        if (content == FeedContent.FULL_TEXT) {
          assertOnlyAllowedMarkup(
              feed.path("items").get(i).path("content_html").asText(), "seed " + seed);
        }
      }
    }
    System.out.printf(
        "wire hostile text, seed %d: %d stories, fields of each kind %s, %d with characters XML"
            + " cannot carry%n",
        seed, STORIES, Arrays.toString(kinds), unwritable);
    // Meaningful: every kind of hostile field was generated often, and many fields carried
    // characters the writers must remove.
    for (int kind : kinds) {
      assertThat(kind).as("seed %d: fields of each kind", seed).isGreaterThan(STORIES);
    }
    assertThat(unwritable).as("seed %d: fields XML cannot carry", seed).isGreaterThan(STORIES);
  }

  @Test
  void control_characters_are_removed_and_every_script_is_kept() {
    String text = "A\u0000B\u0008C\u000bD\u001fE\u007fF\u0085G\ud800H\ufffeI\tJ\nK 김 山 ل Ё é 😀";

    assertThat(SafeText.clean(text)).isEqualTo("ABCDEFGHI\tJ\nK 김 山 ل Ё é 😀");
    assertThat(SafeText.line(text)).isEqualTo("ABCDEFGHI J K 김 山 ل Ё é 😀");
  }

  private static void assertOnlyAllowedMarkup(String html, String context) {
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (e.tagName().equals("body")) {
        continue;
      }
      assertThat(BODY_ELEMENTS)
          .as("%s: <%s> in %s", context, e.tagName(), html)
          .contains(e.tagName());
      e.attributes()
          .forEach(
              a -> {
                assertThat(a.getKey()).as(context).doesNotStartWith("on");
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                  assertThat(a.getValue()).as(context).matches("(?i)(https?|mailto):.*");
                }
              });
    }
  }

  private String hostile(RandomInput in, List<String> xss) {
    StringBuilder b = new StringBuilder();
    int parts = in.between(1, 5);
    for (int i = 0; i < parts; i++) {
      int kind = in.between(0, 3);
      kinds[kind]++;
      switch (kind) {
        case 0 -> b.append(in.oneOf(EDGES));
        case 1 -> b.append(in.oneOf(xss));
        case 2 -> b.append(in.anyText(20));
        default -> b.append(in.hostileMarkup(2));
      }
    }
    String text = b.toString();
    unwritable += SafeText.clean(text).equals(text) ? 0 : 1;
    return text;
  }

  private Article hostileArticle(RandomInput in, List<String> xss, long id) {
    String headline = "H " + hostile(in, xss);
    headline = headline.length() > 300 ? headline.substring(0, 300) : headline;
    List<Block> body =
        List.of(
            new Block.Paragraph(hostile(in, xss)),
            new Block.Heading(hostile(in, xss)),
            new Block.Quote(hostile(in, xss), hostile(in, xss)),
            new Block.ListBlock(in.chance(50), List.of(hostile(in, xss), hostile(in, xss))),
            new Block.Photo(
                "/media/photo-0a1b2c3d4e-1200.jpg",
                "/media/photo-0a1b2c3d4e-640.jpg 640w",
                1200,
                800,
                "a" + hostile(in, xss),
                hostile(in, xss),
                hostile(in, xss)),
            new Block.Paragraph(hostile(in, xss)));
    String author = hostile(in, xss);
    String tag = hostile(in, xss);
    return new Article(
        new ArticleId(id),
        Slugs.of(headline),
        new ArticleContent(
            headline,
            hostile(in, xss),
            in.oneOf(List.of("en", "ko", "ja", "ar", "ru")),
            "World",
            List.of(author),
            Optional.of(new Dateline("P" + hostile(in, xss), hostile(in, xss), hostile(in, xss))),
            body,
            List.of(tag),
            in.between(1, 8)),
        Optional.of(new Section(1, "world", hostile(in, xss), 1)),
        List.of(new Author(id, Slugs.of(author), author)),
        List.of(new Tag(id, Slugs.of(tag), tag)),
        ArticleState.PUBLISHED,
        Instant.parse("2022-02-04T13:05:00Z"),
        Optional.empty(),
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.of(
            new Article.Correction(hostile(in, xss), Instant.parse("2022-02-05T00:00:00Z"))));
  }
}
