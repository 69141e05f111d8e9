package org.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.testing.HostileInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** JSON-LD printed into a page: the same JSON to a parser, and no way out of its element. */
class HtmlJsonLdTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void every_xss_payload_stays_inside_the_script_element_and_reads_back_unchanged()
      throws Exception {
    for (String payload : HostileInput.xssPayloads()) {
      String json = JSON.writeValueAsString(java.util.Map.of("headline", payload + "\u2028<!--"));
      String html = Html.jsonLdScript(json).html();
      var doc = Jsoup.parse("<html><head>" + html + "</head><body></body></html>");
      assertThat(doc.select("script")).as(payload).hasSize(1);
      assertThat(doc.body().children()).as(payload).isEmpty();
      assertThat(html).doesNotContain("<!--").doesNotContain("\u2028");
      assertThat(html.indexOf("</script>")).isEqualTo(html.length() - "</script>".length());
      String read = JSON.readTree(doc.selectFirst("script").data()).path("headline").asText();
      assertThat(read).isEqualTo(payload + "\u2028<!--");
    }
  }
}
