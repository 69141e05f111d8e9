package org.dateline.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OpenAPI 3.1 document served at {@code /api/v1/openapi.json}: the content API's own document
 * with the parts of the other public APIs merged in ({@code paths}, every {@code components} map,
 * {@code tags}), and the site's base URL as its server. Each part is a valid OpenAPI document of
 * its own, kept beside the code that serves it.
 */
public final class OpenApiDocument {
  /** The parts, in order: the first is the base; a part that does not exist (yet) is skipped. */
  static final List<String> PARTS = List.of("api/content.openapi.json", "api/wire.openapi.json");

  private OpenApiDocument() {}

  /** The composed document for a site at {@code baseUrl}. */
  public static String compose(String baseUrl) {
    ObjectNode document = null;
    for (String part : PARTS) {
      ObjectNode read = read(part);
      if (read == null) {
        continue;
      }
      if (document == null) {
        document = read;
      } else {
        merge(document, read);
      }
    }
    if (document == null) {
      throw new IllegalStateException("no OpenAPI document among " + PARTS);
    }
    ArrayNode servers = document.putArray("servers");
    servers.addObject().put("url", baseUrl.replaceAll("/+$", "")).put("description", "This site");
    return ApiJson.text(document);
  }

  /** Adds {@code part}'s paths, components and tags to {@code document}; a clash is a mistake. */
  static void merge(ObjectNode document, ObjectNode part) {
    mergeMap(document, part, "paths");
    JsonNode components = part.get("components");
    if (components != null) {
      ObjectNode target =
          document.has("components")
              ? (ObjectNode) document.get("components")
              : document.putObject("components");
      for (Iterator<Map.Entry<String, JsonNode>> it = components.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> kind = it.next();
        mergeMap(target, (ObjectNode) components, kind.getKey());
      }
    }
    JsonNode tags = part.get("tags");
    if (tags != null && tags.isArray()) {
      ArrayNode target =
          document.has("tags") ? (ArrayNode) document.get("tags") : document.putArray("tags");
      tags.forEach(target::add);
    }
  }

  private static void mergeMap(ObjectNode into, ObjectNode from, String field) {
    JsonNode source = from.get(field);
    if (source == null) {
      return;
    }
    ObjectNode target = into.has(field) ? (ObjectNode) into.get(field) : into.putObject(field);
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (target.has(e.getKey())) {
        throw new IllegalStateException(
            "two OpenAPI parts define " + field + " " + e.getKey() + ": rename one");
      }
      target.set(e.getKey(), e.getValue());
    }
  }

  private static @Nullable ObjectNode read(String resource) {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return (ObjectNode) ApiJson.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
