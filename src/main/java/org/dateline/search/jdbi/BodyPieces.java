package org.dateline.search.jdbi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.search.IndexedStory;
import org.dateline.shared.Text;

/**
 * A stored body's text pieces, read from its JSON (the format of {@code article/format/BodyJson})
 * in one pass without building a tree or the body's blocks: only the fields whose text the index
 * takes are kept, a photo's files and focal point are skipped (decision 0122). Each value is read
 * as {@code BodyJson.read} reads it and made what the block's record makes it ({@link Text#line}),
 * so the pieces equal {@link IndexedStory#pieces} of the blocks that method returns ({@code
 * BodyPiecesTest}). Thread-safe.
 */
final class BodyPieces {
  private static final JsonFactory JSON = new JsonFactory();

  private BodyPieces() {}

  static List<IndexedStory.Piece> read(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      List<IndexedStory.Piece> out = new ArrayList<>();
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw new IllegalStateException("stored body is not a JSON array");
      }
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new IllegalStateException("unknown body block type ");
        }
        block(p, out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("stored body is not valid JSON", e);
    }
  }

  /** One block's object, the parser on its start; a later value of a name wins, as in a tree. */
  private static void block(JsonParser p, List<IndexedStory.Piece> out) throws IOException {
    String type = "";
    String html = "";
    String text = "";
    String cite = "";
    String caption = "";
    List<String> items = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "type" -> type = scalar(p, value);
        case "html" -> html = scalar(p, value);
        case "text" -> text = scalar(p, value);
        case "cite" -> cite = scalar(p, value);
        case "caption" -> caption = scalar(p, value);
        case "items" -> items = items(p, value);
        default -> p.skipChildren();
      }
    }
    switch (type) {
      case "paragraph" -> out.add(new IndexedStory.Piece(Text.line(html), true));
      case "heading" -> out.add(new IndexedStory.Piece(Text.line(text), false));
      case "quote" -> {
        out.add(new IndexedStory.Piece(Text.line(text), false));
        out.add(new IndexedStory.Piece(Text.line(cite), false));
      }
      case "list" -> items.forEach(i -> out.add(new IndexedStory.Piece(Text.line(i), true)));
      case "photo" -> out.add(new IndexedStory.Piece(Text.line(caption), false));
      default -> throw new IllegalStateException("unknown body block type " + type);
    }
  }

  /** A value as {@code JsonNode.asText()} gives it: a container is empty, null is "null". */
  private static String scalar(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case START_OBJECT, START_ARRAY -> {
        p.skipChildren();
        yield "";
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue().toString();
      default -> p.getText();
    };
  }

  /** A list's items: each element (or member, of an object) as text; nothing of a scalar. */
  private static List<String> items(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY && value != JsonToken.START_OBJECT) {
      return List.of();
    }
    JsonToken end = value == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
    List<String> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != end; t = p.nextToken()) {
      if (t == JsonToken.FIELD_NAME) {
        t = p.nextToken();
      }
      items.add(scalar(p, t));
    }
    return items;
  }
}
