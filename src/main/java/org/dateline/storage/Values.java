package org.dateline.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/** Reading and binding a column's value as the Java type its {@link StoreTable.ValueType} names. */
final class Values {
  private Values() {}

  static @Nullable Object read(ResultSet rs, int index, StoreTable.ValueType type)
      throws SQLException {
    Object value =
        switch (type) {
          case INTEGER -> rs.getLong(index);
          case REAL -> rs.getDouble(index);
          case TEXT -> rs.getString(index);
          case BYTES -> rs.getBytes(index);
          case BOOLEAN -> rs.getBoolean(index);
        };
    return rs.wasNull() ? null : value;
  }

  static void bind(PreparedStatement s, int index, StoreTable.ValueType type, Object value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, sqlType(type));
      return;
    }
    switch (type) {
      case INTEGER -> s.setLong(index, (Long) value);
      case REAL -> s.setDouble(index, (Double) value);
      case TEXT -> s.setString(index, (String) value);
      case BYTES -> s.setBytes(index, (byte[]) value);
      case BOOLEAN -> s.setBoolean(index, (Boolean) value);
    }
  }

  private static int sqlType(StoreTable.ValueType type) {
    return switch (type) {
      case INTEGER -> Types.BIGINT;
      case REAL -> Types.DOUBLE;
      case TEXT -> Types.VARCHAR;
      case BYTES -> Types.BINARY;
      case BOOLEAN -> Types.BOOLEAN;
    };
  }
}
