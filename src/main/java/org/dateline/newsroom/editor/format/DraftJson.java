package org.dateline.newsroom.editor.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.ArticleId;
import org.dateline.article.Presentation;
import org.dateline.article.format.BodyJson;
import org.dateline.newsroom.editor.Draft;

/**
 * A draft as stored JSON, both ways. Pure. Format changelog: 1 — first version; then {@code
 * presentation} (chosen slug, SEO title and description, related picks; decision 0080), absent when
 * nothing was chosen.
 */
public final class DraftJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DraftJson() {}

  public static String write(Draft d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("headline", d.headline()).put("summary", d.summary()).put("section", d.section());
    ArrayNode bylines = n.putArray("bylines");
    d.bylines().forEach(bylines::add);
    n.put("datelinePlace", d.datelinePlace())
        .put("datelineDate", d.datelineDate())
        .put("datelineSource", d.datelineSource());
    n.put("body", BodyJson.write(d.body()));
    ArrayNode tags = n.putArray("tags");
    d.tags().forEach(tags::add);
    n.put("urgency", d.urgency());
    Presentation p = d.presentation();
    if (!p.equals(Presentation.NONE)) {
      ObjectNode chosen =
          n.putObject("presentation")
              .put("slug", p.slug())
              .put("title", p.title())
              .put("description", p.description());
      ArrayNode related = chosen.putArray("related");
      p.related().forEach(id -> related.add(id.value()));
    }
    return n.toString();
  }

  public static Draft read(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      return new Draft(
          n.path("headline").asText(),
          n.path("summary").asText(),
          n.path("section").asText(),
          list(n.path("bylines")),
          n.path("datelinePlace").asText(),
          n.path("datelineDate").asText(),
          n.path("datelineSource").asText(),
          BodyJson.read(n.path("body").asText("[]")),
          list(n.path("tags")),
          n.path("urgency").asInt(5),
          presentation(n.path("presentation")));
    } catch (IOException e) {
      throw new IllegalStateException("stored draft is not valid JSON", e);
    }
  }

  private static Presentation presentation(JsonNode p) {
    if (p.isMissingNode()) {
      return Presentation.NONE;
    }
    List<ArticleId> related = new ArrayList<>();
    p.path("related").forEach(id -> related.add(new ArticleId(id.asLong())));
    return new Presentation(
        p.path("slug").asText(), p.path("title").asText(), p.path("description").asText(), related);
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
