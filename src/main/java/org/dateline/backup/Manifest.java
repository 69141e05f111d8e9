package org.dateline.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.dateline.storage.StoreTable;

/**
 * A backup's {@code manifest.json}: what the file holds and how to check it (decision 0071). The
 * format's name and version come first, so a reader refuses a file it does not understand before
 * anything else. Immutable.
 */
public record Manifest(
    String format,
    int formatVersion,
    String datelineVersion,
    String sourceKind,
    String schemaVersion,
    String createdAt,
    List<TableEntry> tables,
    Map<String, Long> counters,
    List<FileEntry> files,
    List<String> excluded) {

  static final String FORMAT = "dateline-backup";
  static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public Manifest {
    tables = List.copyOf(tables);
    counters = Map.copyOf(counters);
    files = List.copyOf(files);
    excluded = List.copyOf(excluded);
  }

  /** One table: its columns with their portable types, its key, its row count and checksum. */
  public record TableEntry(
      String name, List<ColumnEntry> columns, List<String> primaryKey, long rows, String sha256) {
    public TableEntry {
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
    }

    /** The entry's table with the types of the manifest, for decoding and loading its rows. */
    StoreTable table() {
      return new StoreTable(
          name,
          columns.stream()
              .map(c -> new StoreTable.Column(c.name(), StoreTable.ValueType.of(c.type())))
              .toList(),
          primaryKey,
          java.util.Set.of());
    }
  }

  /** A column and the code of its {@link StoreTable.ValueType}. */
  public record ColumnEntry(String name, String type) {}

  /** A file of the data folder, by its path relative to the folder. */
  public record FileEntry(String path, long bytes, String sha256) {}

  /** The table entry called {@code name}. */
  java.util.Optional<TableEntry> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  long totalRows() {
    return tables.stream().mapToLong(TableEntry::rows).sum();
  }

  byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  static Manifest read(byte[] json) {
    Manifest m;
    try {
      m = JSON.readValue(json, Manifest.class);
    } catch (java.io.IOException e) {
      throw new BackupRefused(
          "its manifest.json cannot be read: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
          e);
    }
    if (!FORMAT.equals(m.format()) || m.formatVersion() < 1) {
      throw new BackupRefused("its manifest.json does not describe a Dateline backup");
    }
    if (m.formatVersion() > VERSION) {
      throw new BackupRefused(
          "it is in backup format "
              + m.formatVersion()
              + ", newer than this build reads ("
              + VERSION
              + "); restore it with a newer Dateline");
    }
    return m;
  }
}
