package org.dateline.article.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Dateline;
import org.dateline.article.Presentation;
import org.dateline.article.Tag;
import org.dateline.section.Section;

/**
 * A whole stored story as one JSON object (the snapshot of a published version), both ways. A pure
 * adapter; instants are epoch milliseconds. Format changelog: 1 — first version (V7); since V28 the
 * content may hold {@code presentation} (chosen slug, SEO title and description, related picks),
 * written only when something was chosen.
 */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  public static String write(Article a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", 1).put("id", a.id().value()).put("slug", a.slug());
    ArticleContent c = a.content();
    ObjectNode content = n.putObject("content");
    content
        .put("headline", c.headline())
        .put("summary", c.summary())
        .put("language", c.language())
        .put("section", c.section())
        .put("urgency", c.urgency());
    strings(content.putArray("bylines"), c.bylines());
    strings(content.putArray("tags"), c.tags());
    c.dateline()
        .ifPresent(
            d ->
                content
                    .putObject("dateline")
                    .put("place", d.place())
                    .put("date", d.date())
                    .put("source", d.source()));
    content.set("body", readTree(BodyJson.write(c.body())));
    Presentation p = c.presentation();
    if (!p.equals(Presentation.NONE)) {
      ObjectNode chosen =
          content
              .putObject("presentation")
              .put("slug", p.slug())
              .put("title", p.title())
              .put("description", p.description());
      ArrayNode related = chosen.putArray("related");
      p.related().forEach(id -> related.add(id.value()));
    }
    a.section()
        .ifPresent(
            s ->
                n.putObject("sectionRef")
                    .put("id", s.id())
                    .put("slug", s.slug())
                    .put("name", s.name())
                    .put("position", s.position()));
    ArrayNode authors = n.putArray("authors");
    a.authors()
        .forEach(
            x -> authors.addObject().put("id", x.id()).put("slug", x.slug()).put("name", x.name()));
    ArrayNode tags = n.putArray("tagRefs");
    a.tags()
        .forEach(
            x -> tags.addObject().put("id", x.id()).put("slug", x.slug()).put("name", x.name()));
    n.put("state", a.state().code())
        .put("firstPublishedAt", a.firstPublishedAt().toEpochMilli())
        .put("version", a.version());
    a.updatedAt().ifPresent(t -> n.put("updatedAt", t.toEpochMilli()));
    a.sourceKey().ifPresent(k -> n.put("sourceKey", k));
    a.embargoUntil().ifPresent(t -> n.put("embargoUntil", t.toEpochMilli()));
    a.correction()
        .ifPresent(
            k -> n.putObject("correction").put("text", k.text()).put("at", k.at().toEpochMilli()));
    return n.toString();
  }

  public static Article read(String json) {
    JsonNode n = readTree(json);
    JsonNode c = n.path("content");
    Optional<Dateline> dateline =
        c.has("dateline")
            ? Optional.of(
                new Dateline(
                    c.path("dateline").path("place").asText(),
                    c.path("dateline").path("date").asText(),
                    c.path("dateline").path("source").asText()))
            : Optional.empty();
    ArticleContent content =
        new ArticleContent(
            c.path("headline").asText(),
            c.path("summary").asText(),
            c.path("language").asText(),
            c.path("section").asText(),
            strings(c.path("bylines")),
            dateline,
            BodyJson.read(c.path("body").toString()),
            strings(c.path("tags")),
            c.path("urgency").asInt(),
            presentation(c.path("presentation")));
    JsonNode s = n.path("sectionRef");
    Optional<Section> section =
        n.has("sectionRef")
            ? Optional.of(
                new Section(
                    s.path("id").asLong(),
                    s.path("slug").asText(),
                    s.path("name").asText(),
                    s.path("position").asInt()))
            : Optional.empty();
    List<Author> authors = new ArrayList<>();
    n.path("authors")
        .forEach(
            x ->
                authors.add(
                    new Author(
                        x.path("id").asLong(), x.path("slug").asText(), x.path("name").asText())));
    List<Tag> tags = new ArrayList<>();
    n.path("tagRefs")
        .forEach(
            x ->
                tags.add(
                    new Tag(
                        x.path("id").asLong(), x.path("slug").asText(), x.path("name").asText())));
    return new Article(
        new ArticleId(n.path("id").asLong()),
        n.path("slug").asText(),
        content,
        section,
        authors,
        tags,
        ArticleState.ofCode(n.path("state").asText()),
        Instant.ofEpochMilli(n.path("firstPublishedAt").asLong()),
        instant(n, "updatedAt"),
        n.path("version").asInt(),
        n.has("sourceKey") ? Optional.of(n.path("sourceKey").asText()) : Optional.empty(),
        instant(n, "embargoUntil"),
        n.has("correction")
            ? Optional.of(
                new Article.Correction(
                    n.path("correction").path("text").asText(),
                    Instant.ofEpochMilli(n.path("correction").path("at").asLong())))
            : Optional.empty());
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

  private static Optional<Instant> instant(JsonNode n, String field) {
    return n.has(field)
        ? Optional.of(Instant.ofEpochMilli(n.path(field).asLong()))
        : Optional.empty();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored story snapshot is not valid JSON", e);
    }
  }
}
