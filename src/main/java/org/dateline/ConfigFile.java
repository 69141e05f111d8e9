package org.dateline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@link ConfigLoader}'s TOML file into the text of each setting, in the file's order: tables
 * flattened to dotted keys ({@code [cdn] s_maxage} is {@code cdn.s_maxage}), arrays joined with
 * commas. An unreadable file, an unknown key or a table where a value belongs is a problem; the
 * values themselves are checked by {@link Setting}.
 */
final class ConfigFile {
  /** The text of one setting, with where it came from ({@code dateline.toml: port}). */
  record Entry(Setting setting, String text, String source) {}

  private ConfigFile() {}

  /** The file's settings; each problem met is added to {@code problems}. */
  static List<Entry> read(Path file, List<String> problems) {
    String name = file.toString();
    JsonNode root;
    try {
      root = new TomlMapper().readTree(Files.readString(file));
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(name + ": no such configuration file");
      return List.of();
    } catch (IOException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
      problems.add(name + ": not a TOML file we can read: " + why);
      return List.of();
    }
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    List<Entry> entries = new ArrayList<>();
    flat.forEach(
        (key, node) -> {
          Optional<Setting> setting = Setting.byKey(key);
          if (setting.isEmpty()) {
            problems.add(
                name
                    + ": unknown setting \""
                    + key
                    + "\" (known: "
                    + Arrays.stream(Setting.values())
                        .map(s -> s.key)
                        .collect(Collectors.joining(", "))
                    + ")");
            return;
          }
          String text;
          if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            text = String.join(",", items);
          } else if (node.isValueNode()) {
            text = node.asText();
          } else {
            problems.add(name + ": " + key + " must be a value, not a table");
            return;
          }
          entries.add(new Entry(setting.get(), text, name + ": " + key));
        });
    return entries;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !prefix.equals("proxy.trusted") && !prefix.equals("metrics.allow")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(prefix, node);
    }
  }
}
