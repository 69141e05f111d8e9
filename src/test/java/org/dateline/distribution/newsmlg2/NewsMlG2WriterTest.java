package org.dateline.distribution.newsmlg2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.dateline.distribution.Translation;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WireItems;
import org.dateline.testing.Golden;
import org.dateline.testing.Standards;
import org.dateline.testing.WireSamples;
import org.dateline.testing.XmlDoc;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

class NewsMlG2WriterTest {
  private final NewsMlG2Writer writer = new NewsMlG2Writer();

  private static WireItem item(org.dateline.article.Article article) {
    return WireItems.from(article, WireSamples.SITE);
  }

  private static List<WireItem> samples() {
    return List.of(
        item(WireSamples.everything()),
        item(WireSamples.embargoed()),
        item(WireSamples.killed()),
        item(WireSamples.arabic()));
  }

  @Test
  void every_sample_story_is_a_valid_newsml_g2_2_35_item_with_an_xhtml_or_a_nitf_body() {
    for (WireItem item : samples()) {
      for (BodyFormat body : BodyFormat.values()) {
        assertThat(Standards.newsMlG2Errors(writer.write(item, body)))
            .as("%s with a %s body", item.guid(), body)
            .isEmpty();
      }
    }
  }

  @Test
  void the_nitf_body_is_valid_nitf_3_6_on_its_own_and_an_invalid_one_is_caught_inside_the_item()
      throws Exception {
    String xml = writer.write(item(WireSamples.everything()), BodyFormat.NITF);
    Node nitf = XmlDoc.parse(xml).nodes("//n:nitf").get(0);
    StringWriter standalone = new StringWriter();
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.transform(new DOMSource(nitf), new StreamResult(standalone));

    assertThat(Standards.nitfErrors(standalone.toString())).isEmpty();
    // NITF has no <strong>: inside inlineXML the NITF schema is applied, not skipped.
    String broken =
        xml.replace("<em class=\"bold\">", "<strong>").replaceFirst("</em>", "</strong>");
    assertThat(Standards.newsMlG2Errors(broken)).anyMatch(e -> e.contains("strong"));
  }

  @Test
  void the_schema_check_rejects_an_item_without_provider_or_with_a_bad_urgency() {
    String xml = writer.write(item(WireSamples.everything()), BodyFormat.XHTML);
    String noProvider = xml.replaceAll("(?s)<provider .*?</provider>", "");
    String badUrgency = xml.replace("<urgency>2</urgency>", "<urgency>12</urgency>");

    assertThat(Standards.newsMlG2Errors(noProvider)).anyMatch(e -> e.contains("provider"));
    assertThat(Standards.newsMlG2Errors(badUrgency)).anyMatch(e -> e.contains("12"));
  }

  @Test
  void every_fact_of_the_story_travels_in_item_meta_and_content_meta() {
    XmlDoc doc = XmlDoc.parse(writer.write(item(WireSamples.everything()), BodyFormat.XHTML));

    assertThat(doc.text("/g:newsItem/@guid")).isEqualTo("tag:news.example,2026:article:4242");
    assertThat(doc.text("/g:newsItem/@version")).isEqualTo("3");
    assertThat(doc.text("/g:newsItem/@xml:lang")).isEqualTo("en");
    assertThat(doc.text("/g:newsItem/@dir")).isEmpty();
    assertThat(doc.text("//g:itemMeta/g:itemClass/@qcode")).isEqualTo("ninat:text");
    assertThat(doc.text("//g:itemMeta/g:provider/g:name")).isEqualTo("Dateline");
    assertThat(doc.text("//g:itemMeta/g:versionCreated")).isEqualTo("2022-02-04T15:30:00Z");
    assertThat(doc.text("//g:itemMeta/g:firstCreated")).isEqualTo("2022-02-04T13:05:00Z");
    assertThat(doc.nodes("//g:itemMeta/g:embargoed")).isEmpty();
    assertThat(doc.text("//g:itemMeta/g:pubStatus/@qcode")).isEqualTo("stat:usable");
    assertThat(doc.text("//g:itemMeta/g:edNote"))
        .isEqualTo(
            "Correction (2022-02-04T15:30:00Z): An earlier version misstated the quota as 10"
                + " percent; it is 12 percent.");
    assertThat(doc.text("//g:contentMeta/g:urgency")).isEqualTo("2");
    assertThat(doc.text("//g:contentMeta/g:located/g:name")).isEqualTo("SEOUL");
    assertThat(doc.texts("//g:contentMeta/g:creator/g:name"))
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(doc.text("//g:contentMeta/g:creator[1]/@uri"))
        .isEqualTo("https://news.example/author/kim-min-jun");
    assertThat(doc.text("//g:contentMeta/g:language/@tag")).isEqualTo("en");
    assertThat(doc.texts("//g:contentMeta/g:subject/@qcode"))
        .containsExactly(
            "dlsection:economy", "dltopic:semiconductors", "dltopic:seoul", "dltopic:trade-r-d");
    assertThat(doc.texts("//g:contentMeta/g:subject/g:name"))
        .containsExactly("Economy", "Semiconductors", "서울", "Trade & R&D <policy>");
    assertThat(doc.texts("/g:newsItem/g:catalog/g:scheme/@uri"))
        .containsExactly("https://news.example/section/", "https://news.example/tag/");
    assertThat(doc.text("//g:contentMeta/g:headline")).isEqualTo(WireSamples.HEADLINE);
    assertThat(doc.text("//g:contentMeta/g:dateline")).isEqualTo("SEOUL, Feb. 4 (Dateline)");
    assertThat(doc.text("//g:contentMeta/g:by")).isEqualTo("김민준, 山田太郎, ليلى حسن, Zoë Ångström");
    assertThat(doc.text("//g:contentMeta/g:description[@role='drol:summary']"))
        .isEqualTo(
            "Officials said the <b>quota</b> deal covers memory chips & wafers; \"talks\" go on.");
    assertThat(doc.text("//g:contentSet/g:remoteContent/@href"))
        .isEqualTo(
            "https://news.example/article/4242/seoul-tokyo-agree-on-quota-rules-as-chip-exports-slow");
  }

  @Test
  void photos_travel_in_the_body_with_every_rendition_and_as_links_in_item_meta() {
    XmlDoc xhtml = XmlDoc.parse(writer.write(item(WireSamples.everything()), BodyFormat.XHTML));
    XmlDoc nitf = XmlDoc.parse(writer.write(item(WireSamples.everything()), BodyFormat.NITF));

    assertThat(xhtml.texts("//g:itemMeta/g:link[@rel='irel:seeAlso']/@href"))
        .containsExactly(
            "https://news.example/media/port-container-ship-1a2b3c4d5e.jpg",
            "https://news.example/media/photo-0a1b2c3d4e-640.png");
    assertThat(xhtml.texts("//g:itemMeta/g:link/@title"))
        .containsExactly(
            "A container ship at the port of Busan at dusk",
            "A chart of monthly chip exports, falling since October");
    assertThat(xhtml.text("//g:contentMeta/g:icon/@href"))
        .isEqualTo("https://news.example/media/port-container-ship-600-9f8e7d6c5b.jpg");
    assertThat(xhtml.texts("//h:figure/h:img/@alt")).hasSize(2);
    assertThat(xhtml.text("//h:figure[1]/h:figcaption"))
        .isEqualTo("Containers wait at Busan's new port on Feb. 3. Dateline / 김민준");
    assertThat(nitf.nodes("//n:media")).hasSize(2);
    assertThat(nitf.texts("//n:media[1]/n:media-reference/@source"))
        .containsExactly(
            "https://news.example/media/port-container-ship-1a2b3c4d5e.jpg",
            "https://news.example/media/port-container-ship-600-9f8e7d6c5b.jpg");
    assertThat(nitf.texts("//n:media[1]/n:media-reference/@height")).containsExactly("675", "338");
    assertThat(nitf.text("//n:media[1]/n:media-reference[1]/@alternate-text"))
        .isEqualTo("A container ship at the port of Busan at dusk");
    assertThat(nitf.text("//n:media[1]/n:media-caption"))
        .isEqualTo("Containers wait at Busan's new port on Feb. 3.");
    assertThat(nitf.text("//n:media[1]/n:media-producer")).isEqualTo("Dateline / 김민준");
  }

  @Test
  void a_photos_credit_travels_as_the_creditline_on_its_link_in_a_valid_item() {
    String xml = writer.write(item(WireSamples.everything()), BodyFormat.XHTML);
    XmlDoc doc = XmlDoc.parse(xml);

    // The photo with a credit carries it; the chart without one has no creditline.
    assertThat(
            doc.text(
                "//g:itemMeta/g:link[@href='https://news.example/media/port-container-ship-1a2b3c4d5e.jpg']/g:creditline"))
        .isEqualTo("Dateline / 김민준");
    assertThat(doc.nodes("//g:itemMeta/g:link/g:creditline")).hasSize(1);
    assertThat(Standards.newsMlG2Errors(xml)).isEmpty();
    // The schema checks what the hint holds: a creditline with an unknown attribute is refused.
    assertThat(Standards.newsMlG2Errors(xml.replace("<creditline>", "<creditline bogus=\"1\">")))
        .isNotEmpty();
  }

  @Test
  void the_nitf_body_has_headline_bylines_dateline_and_summary_in_its_head() {
    XmlDoc doc = XmlDoc.parse(writer.write(item(WireSamples.everything()), BodyFormat.NITF));

    assertThat(doc.text("//g:inlineXML/@contenttype")).isEqualTo("application/nitf+xml");
    assertThat(doc.text("//n:body.head/n:hedline/n:hl1")).isEqualTo(WireSamples.HEADLINE);
    assertThat(doc.texts("//n:body.head/n:byline/n:person"))
        .containsExactly("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström");
    assertThat(doc.text("//n:body.head/n:dateline")).isEqualTo("SEOUL, Feb. 4 (Dateline)");
    assertThat(doc.text("//n:body.head/n:dateline/n:location")).isEqualTo("SEOUL");
    assertThat(doc.text("//n:body.content/n:p[1]/n:em[@class='bold']"))
        .isEqualTo("new quota rules");
    assertThat(doc.text("//n:body.content/n:p[1]/n:a/@href"))
        .isEqualTo("https://example.org/report?a=1&b=2");
    assertThat(doc.text("//n:body.content/n:bq/n:credit")).isEqualTo("Yamada Taro (山田太郎)");
    assertThat(doc.texts("//n:body.content/n:ol/n:li"))
        .containsExactly("Quotas start in March", "Reviews every <6> months");
  }

  @Test
  void the_xhtml_body_keeps_the_allow_list_and_drops_scripts_and_handlers() {
    String xml = writer.write(item(WireSamples.everything()), BodyFormat.XHTML);
    XmlDoc doc = XmlDoc.parse(xml);

    assertThat(doc.text("//g:inlineXML/@contenttype")).isEqualTo("application/xhtml+xml");
    assertThat(doc.nodes("//h:script")).isEmpty();
    assertThat(doc.nodes("//@onerror")).isEmpty();
    assertThat(doc.text("//h:body/h:p[1]"))
        .startsWith("SEOUL, Feb. 4 (Dateline) -- South Korea and Japan agreed");
    assertThat(doc.text("//h:head/h:title")).isEqualTo(WireSamples.HEADLINE);
  }

  @Test
  void an_embargoed_story_is_withheld_until_its_time_and_a_killed_story_is_canceled() {
    XmlDoc embargoed = XmlDoc.parse(writer.write(item(WireSamples.embargoed()), BodyFormat.XHTML));
    XmlDoc killed = XmlDoc.parse(writer.write(item(WireSamples.killed()), BodyFormat.XHTML));

    assertThat(embargoed.text("//g:pubStatus/@qcode")).isEqualTo("stat:withheld");
    assertThat(embargoed.text("//g:itemMeta/g:embargoed")).isEqualTo("2022-02-05T00:00:00Z");
    assertThat(killed.text("//g:pubStatus/@qcode")).isEqualTo("stat:canceled");
    assertThat(killed.nodes("//g:itemMeta/g:embargoed")).isEmpty();
  }

  @Test
  void an_arabic_story_is_marked_right_to_left_in_the_item_and_its_body() {
    for (BodyFormat body : BodyFormat.values()) {
      XmlDoc doc = XmlDoc.parse(writer.write(item(WireSamples.arabic()), body));

      assertThat(doc.text("/g:newsItem/@xml:lang")).isEqualTo("ar");
      assertThat(doc.text("/g:newsItem/@dir")).isEqualTo("rtl");
      assertThat(doc.text("//g:contentMeta/g:headline"))
          .isEqualTo("اتفاق سيول وطوكيو على قواعد الحصص مع تباطؤ صادرات الرقائق");
    }
    XmlDoc xhtml = XmlDoc.parse(writer.write(item(WireSamples.arabic()), BodyFormat.XHTML));
    assertThat(xhtml.text("//h:html/@dir")).isEqualTo("rtl");
    assertThat(xhtml.text("//h:html/@xml:lang")).isEqualTo("ar");
  }

  @Test
  void a_translation_links_to_its_source_with_a_relation_from_our_declared_scheme() {
    WireItem arabic = item(WireSamples.arabic());
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
            Optional.of(
                new Translation(
                    "tag:news.example,2026:translation:4242",
                    Optional.of(
                        new Translation.Source(
                            "tag:news.example,2026:article:4242",
                            "https://news.example/article/4242/seoul-tokyo",
                            "en")))),
            Optional.empty());
    String xml = writer.write(translated, BodyFormat.XHTML);
    XmlDoc doc = XmlDoc.parse(xml);

    assertThat(Standards.newsMlG2Errors(xml)).isEmpty();
    assertThat(doc.text("//g:itemMeta/g:link[@rel='dlrel:translationOf']/@residref"))
        .isEqualTo("tag:news.example,2026:article:4242");
    assertThat(doc.text("//g:itemMeta/g:link[@rel='dlrel:translationOf']/@xml:lang"))
        .isEqualTo("en");
    assertThat(doc.text("/g:newsItem/g:catalog/g:scheme[@alias='dlrel']/@uri"))
        .isEqualTo("https://news.example/wire/v1/relations/");
  }

  @Test
  void the_output_of_the_story_that_has_everything_matches_the_golden_files() {
    Golden.assertMatches(
        "wire/everything.newsml-g2.xml",
        writer.write(item(WireSamples.everything()), BodyFormat.XHTML));
    Golden.assertMatches(
        "wire/everything.newsml-g2-nitf.xml",
        writer.write(item(WireSamples.everything()), BodyFormat.NITF));
  }
}
