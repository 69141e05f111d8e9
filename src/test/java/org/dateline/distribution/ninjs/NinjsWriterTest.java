package org.dateline.distribution.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.distribution.Translation;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WireItems;
import org.dateline.testing.Golden;
import org.dateline.testing.Standards;
import org.dateline.testing.WireSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class NinjsWriterTest {
  private final NinjsWriter writer = new NinjsWriter();
  private final ObjectMapper json = new ObjectMapper();

  private static WireItem everything() {
    return WireItems.from(WireSamples.everything(), WireSamples.SITE);
  }

  private JsonNode read(String text) throws Exception {
    return json.readTree(text);
  }

  @Test
  void the_story_that_has_everything_is_valid_against_the_ninjs_2_2_and_3_1_schemas() {
    for (WireItem item :
        List.of(
            everything(),
            WireItems.from(WireSamples.embargoed(), WireSamples.SITE),
            WireItems.from(WireSamples.killed(), WireSamples.SITE),
            WireItems.from(WireSamples.arabic(), WireSamples.SITE))) {
      for (NinjsVersion version : NinjsVersion.values()) {
        assertThat(Standards.ninjsErrors(writer.write(item, version), version))
            .as("%s as ninjs %s", item.guid(), version.number)
            .isEmpty();
      }
    }
  }

  @Test
  void the_schema_check_finds_a_wrong_status_a_missing_uri_and_an_unknown_property() {
    // Given an otherwise valid item, when it is broken in three ways, then each schema says so:
    // the check that passes the writer's output is really checking.
    for (NinjsVersion version : NinjsVersion.values()) {
      ObjectNode tree = writer.tree(everything(), version);
      tree.remove("uri");
      tree.put(version.key("pubStatus"), "published");
      tree.put("body_html", "<p>ninjs 1.x property</p>");

      List<String> errors = Standards.ninjsErrors(tree.toString(), version);

      assertThat(String.join("\n", errors))
          .contains("required property 'uri' not found")
          .contains("/" + version.key("pubStatus") + ": does not have a value in the enumeration")
          .contains("'body_html'");
    }
  }

  @Test
  void every_fact_of_the_story_travels_in_ninjs_2() throws Exception {
    JsonNode n = read(writer.write(everything(), NinjsVersion.V2));

    assertThat(n.path("uri").asText()).isEqualTo("tag:news.example,2026:article:4242");
    assertThat(n.path("type").asText()).isEqualTo("text");
    assertThat(n.path("version").asText()).isEqualTo("3");
    assertThat(n.path("firstcreated").asText()).isEqualTo("2022-02-04T13:05:00Z");
    assertThat(n.path("versioncreated").asText()).isEqualTo("2022-02-04T15:30:00Z");
    assertThat(n.path("pubstatus").asText()).isEqualTo("usable");
    assertThat(n.has("embargoed")).isFalse();
    assertThat(n.path("urgency").asInt()).isEqualTo(2);
    assertThat(n.path("language").asText()).isEqualTo("en");
    assertThat(n.path("headlines").get(0).path("value").asText()).isEqualTo(WireSamples.HEADLINE);
    assertThat(n.path("descriptions").findValuesAsText("value"))
        .containsExactly(
            "Officials said the <b>quota</b> deal covers memory chips & wafers; \"talks\" go on.",
            "An earlier version misstated the quota as 10 percent; it is 12 percent.");
    assertThat(n.path("ednote").asText())
        .isEqualTo(
            "Correction (2022-02-04T15:30:00Z): An earlier version misstated the quota as 10"
                + " percent; it is 12 percent.");
    assertThat(n.path("by").asText()).isEqualTo("김민준, 山田太郎, ليلى حسن, Zoë Ångström");
    assertThat(n.path("located").asText()).isEqualTo("SEOUL");
    assertThat(n.path("people").findValuesAsText("name"))
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(n.path("people").findValuesAsText("rel")).containsOnly("author");
    assertThat(n.path("people").get(0).path("uri").asText())
        .isEqualTo("https://news.example/author/kim-min-jun");
    assertThat(n.path("subjects").findValuesAsText("name"))
        .containsExactly("Economy", "Semiconductors", "서울", "Trade & R&D <policy>");
    assertThat(n.path("subjects").findValuesAsText("rel"))
        .containsExactly("section", "topic", "topic", "topic");
    assertThat(n.path("subjects").get(0).path("uri").asText())
        .isEqualTo("https://news.example/section/economy");
    assertThat(n.path("subjects").get(2).path("uri").asText())
        .isEqualTo("https://news.example/tag/seoul");
    assertThat(n.path("renditions").get(0).path("href").asText())
        .isEqualTo(
            "https://news.example/article/4242/seoul-tokyo-agree-on-quota-rules-as-chip-exports-slow");
    assertThat(n.path("altids").get(0).path("value").asText()).isEqualTo("4242");
  }

  @Test
  void photos_travel_as_picture_associations_with_renditions_alt_text_caption_and_credit()
      throws Exception {
    JsonNode associations = read(writer.write(everything(), NinjsVersion.V2)).path("associations");

    // The photo that arrived without its image file has nothing to deliver.
    assertThat(associations).hasSize(2);
    JsonNode ship = associations.get(0);
    assertThat(ship.path("name").asText()).isEqualTo("photo-1");
    assertThat(ship.path("type").asText()).isEqualTo("picture");
    assertThat(ship.path("uri").asText())
        .isEqualTo("tag:news.example,2026:photo:port-container-ship-1a2b3c4d5e");
    assertThat(ship.path("by").asText()).isEqualTo("Dateline / 김민준");
    assertThat(ship.path("descriptions").findValuesAsText("role"))
        .containsExactly("caption", "alt");
    assertThat(ship.path("descriptions").findValuesAsText("value"))
        .containsExactly(
            "Containers wait at Busan's new port on Feb. 3.",
            "A container ship at the port of Busan at dusk");
    JsonNode renditions = ship.path("renditions");
    assertThat(renditions).hasSize(2);
    assertThat(renditions.get(0).path("href").asText())
        .isEqualTo("https://news.example/media/port-container-ship-1a2b3c4d5e.jpg");
    assertThat(renditions.get(0).path("width").asInt()).isEqualTo(1200);
    assertThat(renditions.get(0).path("height").asInt()).isEqualTo(675);
    assertThat(renditions.get(0).path("contenttype").asText()).isEqualTo("image/jpeg");
    assertThat(renditions.get(1).path("href").asText())
        .isEqualTo("https://news.example/media/port-container-ship-600-9f8e7d6c5b.jpg");
    assertThat(renditions.get(1).path("width").asInt()).isEqualTo(600);
    assertThat(renditions.get(1).path("height").asInt()).isEqualTo(338);
    JsonNode chart = associations.get(1);
    assertThat(chart.has("by")).isFalse();
    assertThat(chart.path("renditions").get(0).path("contenttype").asText()).isEqualTo("image/png");
  }

  @Test
  void the_body_is_well_formed_xhtml_with_the_public_pages_markup_and_nothing_else()
      throws Exception {
    String html =
        read(writer.write(everything(), NinjsVersion.V2))
            .path("bodies")
            .get(0)
            .path("value")
            .asText();

    // Well-formed XML: a subscriber may parse it either way.
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    Document body = Jsoup.parseBodyFragment(html);
    assertThat(body.select("script, [onerror]")).isEmpty();
    assertThat(body.select("img")).hasSize(2);
    assertThat(body.select("p").first().text())
        .startsWith("SEOUL, Feb. 4 (Dateline) -- South Korea and Japan agreed on new quota rules");
    assertThat(body.select("p strong").text()).isEqualTo("new quota rules");
    assertThat(body.select("p em").text()).isEqualTo("chip");
    assertThat(body.select("a").attr("href")).isEqualTo("https://example.org/report?a=1&b=2");
    assertThat(body.select("h2").text()).isEqualTo("What changes for <exporters> & buyers");
    assertThat(body.select("blockquote footer").text()).isEqualTo("— Yamada Taro (山田太郎)");
    assertThat(body.select("ol li").eachText())
        .containsExactly("Quotas start in March", "Reviews every <6> months");
    assertThat(body.select("figure img").first().attr("srcset"))
        .isEqualTo(
            "https://news.example/media/port-container-ship-1a2b3c4d5e.jpg 1200w,"
                + " https://news.example/media/port-container-ship-600-9f8e7d6c5b.jpg 600w");
    assertThat(body.select("figure img").first().attr("alt"))
        .isEqualTo("A container ship at the port of Busan at dusk");
    assertThat(body.select("figcaption").first().text())
        .isEqualTo("Containers wait at Busan's new port on Feb. 3. Dateline / 김민준");
  }

  @Test
  void version_3_spells_properties_in_camel_case_and_carries_the_embargo_as_embargoed_until()
      throws Exception {
    JsonNode n =
        read(
            writer.write(
                WireItems.from(WireSamples.embargoed(), WireSamples.SITE), NinjsVersion.V3));

    assertThat(n.path("pubStatus").asText()).isEqualTo("withheld");
    assertThat(n.path("embargoedUntil").asText()).isEqualTo("2022-02-05T00:00:00Z");
    assertThat(n.path("standard").path("version").asText()).isEqualTo("3.1");
    assertThat(n.path("bodies").get(0).path("contentType").asText()).isEqualTo("text/html");
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .contains("representationType", "firstCreated", "versionCreated", "altIds")
        .doesNotContain("pubstatus", "embargoed", "versioncreated", "altids", "ednote");
  }

  @Test
  void an_embargoed_story_is_withheld_and_a_killed_story_is_canceled() throws Exception {
    JsonNode embargoed =
        read(
            writer.write(
                WireItems.from(WireSamples.embargoed(), WireSamples.SITE), NinjsVersion.V2));
    JsonNode killed =
        read(writer.write(WireItems.from(WireSamples.killed(), WireSamples.SITE), NinjsVersion.V2));

    assertThat(embargoed.path("pubstatus").asText()).isEqualTo("withheld");
    assertThat(embargoed.path("embargoed").asText()).isEqualTo("2022-02-05T00:00:00Z");
    assertThat(killed.path("pubstatus").asText()).isEqualTo("canceled");
    assertThat(killed.has("embargoed")).isFalse();
  }

  @Test
  void a_translation_carries_its_group_and_an_association_to_its_source() throws Exception {
    WireItem arabic = WireItems.from(WireSamples.arabic(), WireSamples.SITE);
    WireItem translated =
        new WireItem(
            arabic.id(),
            arabic.guid(),
            arabic.version(),
            arabic.firstCreated(),
            arabic.versionCreated(),
            arabic.pubStatus(),
            arabic.embargoedUntil(),
            arabic.urgency(),
            arabic.language(),
            arabic.headline(),
            arabic.summary(),
            arabic.bylines(),
            arabic.dateline(),
            arabic.subjects(),
            arabic.body(),
            arabic.correction(),
            arabic.url(),
            arabic.provider(),
            java.util.Optional.of(
                new Translation(
                    "tag:news.example,2026:translation:4242",
                    java.util.Optional.of(
                        new Translation.Source(
                            "tag:news.example,2026:article:4242",
                            "https://news.example/article/4242/seoul-tokyo",
                            "en")))),
            java.util.Optional.empty());

    for (NinjsVersion version : NinjsVersion.values()) {
      String text = writer.write(translated, version);
      assertThat(Standards.ninjsErrors(text, version)).isEmpty();
      JsonNode n = read(text);
      assertThat(n.path("language").asText()).isEqualTo("ar");
      assertThat(n.path(version.key("altIds")).get(1).path("role").asText())
          .isEqualTo("translation-group");
      JsonNode source = n.path("associations").get(1);
      assertThat(source.path("name").asText()).isEqualTo("translation-source");
      assertThat(source.path("uri").asText()).isEqualTo("tag:news.example,2026:article:4242");
      assertThat(source.path("language").asText()).isEqualTo("en");
      assertThat(source.has("rel")).isEqualTo(version == NinjsVersion.V3);
    }
  }

  @Test
  void the_output_of_the_story_that_has_everything_matches_the_golden_files() throws Exception {
    var pretty = json.writerWithDefaultPrettyPrinter();
    Golden.assertMatches(
        "wire/everything.ninjs-2.2.json",
        pretty.writeValueAsString(read(writer.write(everything(), NinjsVersion.V2))) + "\n");
    Golden.assertMatches(
        "wire/everything.ninjs-3.1.json",
        pretty.writeValueAsString(read(writer.write(everything(), NinjsVersion.V3))) + "\n");
  }
}
