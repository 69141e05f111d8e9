package org.dateline.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Base64;
import org.dateline.storage.StoreTable;

/**
 * A row as one line of JSON: an array of the values in the manifest's column order. Integers are
 * JSON integers, reals JSON numbers, text JSON strings (any script, emoji, as stored), bytes base64
 * strings, booleans {@code true}/{@code false}, and a missing value {@code null}. Reading checks
 * every value against its column's type. Thread-safe.
 */
final class RowCodec {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RowCodec() {}

  /** The row's line, without its line end. */
  static String encode(StoreTable table, Object[] values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartArray();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          g.writeNull();
          continue;
        }
        switch (table.columns().get(i).type()) {
          case INTEGER -> g.writeNumber((Long) v);
          case REAL -> g.writeNumber((Double) v);
          case TEXT -> g.writeString((String) v);
          case BYTES -> g.writeString(Base64.getEncoder().encodeToString((byte[]) v));
          case BOOLEAN -> g.writeBoolean((Boolean) v);
        }
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a row of " + table.name(), e);
    }
    return out.toString();
  }

  /** The values of one line, or a refusal naming what is wrong with it. */
  static Object[] decode(StoreTable table, String line) {
    JsonNode array;
    try {
      array = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON array");
    }
    if (array == null || !array.isArray() || array.size() != table.columns().size()) {
      throw new IllegalArgumentException("not an array of " + table.columns().size() + " values");
    }
    Object[] values = new Object[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = array.get(i);
      StoreTable.Column column = table.columns().get(i);
      values[i] = v.isNull() ? null : value(column, v);
    }
    return values;
  }

  private static Object value(StoreTable.Column column, JsonNode v) {
    boolean ok =
        switch (column.type()) {
          case INTEGER -> v.isIntegralNumber() && v.canConvertToLong();
          case REAL -> v.isNumber();
          case TEXT, BYTES -> v.isTextual();
          case BOOLEAN -> v.isBoolean();
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "column " + column.name() + " holds a value that is not " + column.type().code());
    }
    return switch (column.type()) {
      case INTEGER -> v.longValue();
      case REAL -> v.doubleValue();
      case TEXT -> v.textValue();
      case BYTES -> bytes(column, v.textValue());
      case BOOLEAN -> v.booleanValue();
    };
  }

  private static byte[] bytes(StoreTable.Column column, String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("column " + column.name() + " is not base64", e);
    }
  }
}
