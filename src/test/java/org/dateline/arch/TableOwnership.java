package org.dateline.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.shared.ReadModel;

/**
 * Who owns which table, derived, and who may name it. The tables are those the migrations create;
 * the owner of a table is the one feature whose {@code jdbi} adapter writes it ({@code INSERT
 * INTO}, {@code UPDATE}, {@code DELETE FROM}) — or storage, for a table only its own classes write.
 * SQL is read from the string constants of the compiled classes (what actually runs, comments
 * excluded); a constant that is exactly a table's name is SQL built at run time and counts as a
 * write. Java migrations are not owners. A feature's SQL may name another's table only to read it,
 * and only when the owner declares it with {@link ReadModel} for that feature.
 */
final class TableOwnership {
  private static final Pattern CREATE =
      Pattern.compile(
          "(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z_][a-z0-9_]*)");
  private static final Pattern WRITE =
      Pattern.compile(
          "(?i)\\b(?:insert\\s+(?:or\\s+\\w+\\s+)?into|replace\\s+into|update|delete\\s+from)\\s+\"?([a-z_][a-z0-9_]*)");
  private static final Pattern NAME =
      Pattern.compile(
          "(?i)\\b(?:from|join|into|update|table)\\s+\"?([a-z_][a-z0-9_]*)"
              + "|(?i)\\bfrom\\s+[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?\\s*,\\s*\"?([a-z_][a-z0-9_]*)");
  private static final String JAVA_MIGRATION = "org.flywaydb.core.api.migration.JavaMigration";

  private TableOwnership() {}

  /**
   * What breaks the rule, one line each; empty when every table has one owner and reads are
   * declared.
   */
  static List<String> violations(Modules m, Path migrations) {
    Set<String> tables = tables(migrations);
    if (tables.isEmpty()) {
      return List.of("no CREATE TABLE found in " + migrations);
    }
    // unit (a feature, or storage) -> its SQL
    Map<String, List<String>> sql = new LinkedHashMap<>();
    for (String f : m.features) {
      sql.put(f, strings(m, m.adapterOf(f), true));
    }
    sql.put(m.storage(), strings(m, m.storage(), false));
    Map<String, Set<String>> writers = new TreeMap<>();
    Map<String, Map<String, String>> named = new LinkedHashMap<>(); // unit -> table -> an example
    for (var e : sql.entrySet()) {
      for (String s : e.getValue()) {
        Set<String> written = matches(WRITE, s, tables);
        if (tables.contains(s.strip().toLowerCase(Locale.ROOT))) {
          // A constant that is just a table's name feeds SQL built at run time: taken as written.
          written.add(s.strip().toLowerCase(Locale.ROOT));
        }
        for (String t : written) {
          writers.computeIfAbsent(t, k -> new TreeSet<>()).add(e.getKey());
        }
        for (String t : matches(NAME, s, tables)) {
          named.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).putIfAbsent(t, oneLine(s));
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String t : tables) {
      Set<String> w = writers.getOrDefault(t, Set.of());
      if (w.isEmpty()) {
        out.add("table " + t + " is written by no adapter, so no feature owns it");
      } else if (w.size() > 1) {
        out.add(
            "table "
                + t
                + " is written by "
                + w.stream().map(m::relative).toList()
                + ": one feature owns a table, the others go through its facade");
      }
    }
    Map<String, List<ReadModel>> declared = new LinkedHashMap<>();
    for (String unit : sql.keySet()) {
      declared.put(unit, readModels(unit));
    }
    for (var e : named.entrySet()) {
      String unit = e.getKey();
      for (var use : e.getValue().entrySet()) {
        String t = use.getKey();
        Set<String> w = writers.getOrDefault(t, Set.of());
        if (w.size() != 1 || w.contains(unit)) {
          continue;
        }
        String owner = w.iterator().next();
        boolean allowed =
            declared.get(owner).stream()
                .anyMatch(
                    r ->
                        Arrays.asList(r.tables()).contains(t)
                            && Arrays.asList(r.readers()).contains(m.relative(unit)));
        if (!allowed) {
          out.add(
              m.relative(unit)
                  + " names table "
                  + t
                  + " of "
                  + m.relative(owner)
                  + " without a @ReadModel of "
                  + m.relative(owner)
                  + " for it: \""
                  + use.getValue()
                  + "\"");
        }
      }
    }
    for (var e : declared.entrySet()) {
      for (ReadModel r : e.getValue()) {
        for (String t : r.tables()) {
          if (!writers.getOrDefault(t, Set.of()).equals(Set.of(e.getKey()))) {
            out.add(
                m.relative(e.getKey())
                    + " declares a read model of "
                    + t
                    + ", which it does not own");
          }
        }
      }
    }
    return out;
  }

  static Set<String> tables(Path migrations) {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(migrations)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher matcher = CREATE.matcher(Files.readString(f));
        while (matcher.find()) {
          out.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> strings(Modules m, String pkg, boolean withSubpackages) {
    List<String> out = new ArrayList<>();
    for (JavaClass c : m.classes) {
      boolean inside =
          c.getPackageName().equals(pkg)
              || (withSubpackages && c.getPackageName().startsWith(pkg + "."));
      if (inside && !c.isAssignableTo(JAVA_MIGRATION) && c.getSource().isPresent()) {
        out.addAll(ClassConstants.strings(c.getSource().get().getUri()));
      }
    }
    return out;
  }

  private static Set<String> matches(Pattern p, String sql, Set<String> tables) {
    Set<String> out = new TreeSet<>();
    Matcher matcher = p.matcher(sql);
    while (matcher.find()) {
      for (int g = 1; g <= matcher.groupCount(); g++) {
        String name = matcher.group(g);
        if (name != null && tables.contains(name.toLowerCase(Locale.ROOT))) {
          out.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static List<ReadModel> readModels(String pkg) {
    try {
      Class<?> info = Class.forName(pkg + ".package-info");
      return List.of(info.getAnnotationsByType(ReadModel.class));
    } catch (ClassNotFoundException none) {
      return List.of();
    }
  }

  private static String oneLine(String sql) {
    String s = sql.replaceAll("\\s+", " ").strip();
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
