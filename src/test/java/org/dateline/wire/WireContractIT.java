package org.dateline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.delivery.WebhookSettings;
import org.dateline.distribution.ninjs.NinjsVersion;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.testing.Standards;
import org.dateline.testing.TestApp;
import org.dateline.testing.WebhookReceiver;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the wire really answers, checked against the wire's own OpenAPI document ({@code
 * api/wire.openapi.json}) and, for every demo story, against IPTC's official ninjs 2.2 and 3.1
 * schemas and the NewsML-G2 2.35 (and NITF 3.6) schemas.
 */
class WireContractIT {
  private static final String DOC = "https://dateline.invalid/api/wire.openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  private static String document() throws IOException {
    try (InputStream in = WireContractIT.class.getResourceAsStream("/api/wire.openapi.json")) {
      assertThat(in).as("api/wire.openapi.json on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Schema schema(String text, String name) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(Map.of(DOC, text)));
    return registry.getSchema(SchemaLocation.of(DOC + "#/components/schemas/" + name));
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  @Test
  void the_document_is_openapi_3_1_and_names_exactly_the_wire_routes() throws Exception {
    JsonNode doc = JSON.readTree(document());
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/wire/v1/items/{id}", "/wire/v1/items/{id}/versions/{n}", "/wire/v1/changes");
    // Every error code the server uses is listed.
    List<String> codes = new ArrayList<>();
    doc.at("/components/schemas/WireError/properties/error/properties/code/enum")
        .forEach(c -> codes.add(c.asText()));
    // The schemas are really applied: a wrong shape is caught.
    String text = document();
    assertThat(errors(schema(text, "Changes"), "{\"events\":[{\"id\":\"x\"}],\"next\":1}"))
        .isNotEmpty();
    assertThat(errors(schema(text, "WireError"), "{\"ok\":false}")).isNotEmpty();
    assertThat(codes)
        .contains(
            "bad_request",
            "bad_cursor",
            "bad_format",
            "bad_version",
            "bad_body",
            "unauthorized",
            "format_not_allowed",
            "not_found",
            "rate_limited",
            "busy",
            "internal");
  }

  @Test
  void every_demo_story_as_the_wire_serves_it_is_valid_against_the_official_schemas_and_ours()
      throws Exception {
    String text = document();
    Schema changes = schema(text, "Changes");
    Schema error = schema(text, "WireError");
    Schema item = schema(text, "NinjsItem");
    Schema webhook = schema(text, "WebhookBody");
    WebhookReceiver receiver = WebhookReceiver.start();
    try (TestApp app =
        TestApp.start(
            data,
            true,
            Clock.systemUTC(),
            new WebhookSettings(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(5),
                    4,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    100,
                    1000)
                .allowing(WebhookReceiver.loopback()))) {
      Issued s =
          app.wiring()
              .subscribers()
              .add(
                  new SubscriberForm(
                      "Contract 契約",
                      "",
                      List.of(),
                      List.of(),
                      List.of(),
                      Optional.of(receiver.url()),
                      100_000));
      String auth = "Bearer " + s.apiKey();
      HttpResponse<String> page = app.get("/wire/v1/changes?limit=1000", "Authorization", auth);
      assertThat(errors(changes, page.body())).isEmpty();
      Set<Long> stories = new LinkedHashSet<>();
      JSON.readTree(page.body()).path("events").forEach(e -> stories.add(e.path("story").asLong()));
      assertThat(stories).hasSizeGreaterThanOrEqualTo(31);
      for (long id : stories) {
        String path = "/wire/v1/items/" + id;
        String v2 = app.get(path, "Authorization", auth).body();
        assertThat(Standards.ninjsErrors(v2, NinjsVersion.V2)).as("%s ninjs 2", id).isEmpty();
        assertThat(errors(item, v2)).as("%s against ours", id).isEmpty();
        String v3 = app.get(path + "?version=3", "Authorization", auth).body();
        assertThat(Standards.ninjsErrors(v3, NinjsVersion.V3)).as("%s ninjs 3", id).isEmpty();
        for (String body : List.of("xhtml", "nitf")) {
          HttpResponse<String> xml =
              app.get(path + "?format=newsmlg2&body=" + body, "Authorization", auth);
          assertThat(xml.statusCode()).isEqualTo(200);
          assertThat(Standards.newsMlG2Errors(xml.body()))
              .as("%s NewsML-G2 %s", id, body)
              .isEmpty();
        }
      }
      for (String bad :
          List.of("/wire/v1/changes?after=zzz", "/wire/v1/items/0", "/wire/v1/items/1?format=x")) {
        assertThat(errors(error, app.get(bad, "Authorization", auth).body())).as(bad).isEmpty();
      }
      assertThat(errors(error, app.get("/wire/v1/changes").body())).isEmpty();

      app.wiring().sections().ensure("Politics");
      WireStories.publish(app, "Contract story", "Politics", "en");
      assertThat(receiver.await(() -> !receiver.received().isEmpty())).isTrue();
      String body = receiver.received().get(0).body();
      assertThat(errors(webhook, body)).isEmpty();
      assertThat(
              Standards.ninjsErrors(JSON.readTree(body).path("item").toString(), NinjsVersion.V2))
          .isEmpty();
    } finally {
      receiver.close();
    }
  }
}
