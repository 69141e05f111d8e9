package org.dateline.article.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;

/**
 * Body blocks as a JSON array of objects with a {@code type}: one place, both ways. A pure adapter.
 */
public final class BodyJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BodyJson() {}

  public static String write(List<Block> blocks) {
    ArrayNode array = JSON.createArrayNode();
    blocks.forEach(b -> array.add(node(b)));
    return array.toString();
  }

  public static Optional<String> writePhoto(Optional<Block.Photo> photo) {
    return photo.map(p -> node(p).toString());
  }

  private static ObjectNode node(Block block) {
    ObjectNode n = JSON.createObjectNode();
    // Java 17 has no pattern matching in switch; the sealed interface keeps this list complete.
    if (block instanceof Block.Paragraph p) {
      n.put("type", "paragraph").put("html", p.html());
    } else if (block instanceof Block.Heading h) {
      n.put("type", "heading").put("text", h.text());
    } else if (block instanceof Block.Quote q) {
      n.put("type", "quote").put("text", q.text()).put("cite", q.cite());
    } else if (block instanceof Block.ListBlock l) {
      n.put("type", "list").put("ordered", l.ordered());
      ArrayNode items = n.putArray("items");
      l.items().forEach(items::add);
    } else if (block instanceof Block.Photo p) {
      n.put("type", "photo")
          .put("src", p.src())
          .put("srcset", p.srcset())
          .put("width", p.width())
          .put("height", p.height())
          .put("alt", p.alt())
          .put("caption", p.caption())
          .put("credit", p.credit());
      if (p.focus().chosen()) {
        ObjectNode f = n.putObject("focus").put("x", p.focus().x()).put("y", p.focus().y());
        crop(f, "card", p.focus().card());
        crop(f, "thumb", p.focus().thumb());
      }
    }
    return n;
  }

  public static List<Block> read(String json) {
    try {
      List<Block> blocks = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        blocks.add(block(n));
      }
      return blocks;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored body is not valid JSON", e);
    }
  }

  public static Optional<Block.Photo> readPhoto(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((Block.Photo) block(JSON.readTree(json)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored photo is not valid JSON", e);
    }
  }

  private static Block block(JsonNode n) {
    String type = n.path("type").asText();
    return switch (type) {
      case "paragraph" -> new Block.Paragraph(n.path("html").asText());
      case "heading" -> new Block.Heading(n.path("text").asText());
      case "quote" -> new Block.Quote(n.path("text").asText(), n.path("cite").asText());
      case "list" -> {
        List<String> items = new ArrayList<>();
        n.path("items").forEach(i -> items.add(i.asText()));
        yield new Block.ListBlock(n.path("ordered").asBoolean(), items);
      }
      case "photo" ->
          new Block.Photo(
              n.path("src").asText(),
              n.path("srcset").asText(),
              n.path("width").asInt(),
              n.path("height").asInt(),
              n.path("alt").asText(),
              n.path("caption").asText(),
              n.path("credit").asText(),
              focus(n.path("focus")));
      default -> throw new IllegalStateException("unknown body block type " + type);
    };
  }

  private static void crop(ObjectNode focus, String name, Block.Crop crop) {
    if (crop.present()) {
      focus
          .putObject(name)
          .put("src", crop.src())
          .put("width", crop.width())
          .put("height", crop.height());
    }
  }

  /** A stored focal point; a photo stored before focal points existed has the centre. */
  private static Block.Focus focus(JsonNode f) {
    if (!f.isObject()) {
      return Block.Focus.CENTRE;
    }
    return new Block.Focus(
        f.path("x").asDouble(0.5),
        f.path("y").asDouble(0.5),
        crop(f.path("card")),
        crop(f.path("thumb")));
  }

  private static Block.Crop crop(JsonNode c) {
    return c.isObject()
        ? new Block.Crop(c.path("src").asText(), c.path("width").asInt(), c.path("height").asInt())
        : Block.Crop.NONE;
  }
}
