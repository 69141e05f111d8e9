package org.dateline.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every {@code $unsafe{…}} in the JTE templates must print {@code SafeHtml.html()}: the expression
 * is a variable followed by argument-less calls, its type is resolved from the template's own
 * declarations ({@code @param}, {@code @for}, {@code instanceof}, {@code !{…}}) and imports, and
 * the last call must be {@code html()} on the root's {@code shared.SafeHtml} — a type only the
 * sanitizer builds. Anything else (a plain String, a concatenation, a call with arguments) is a
 * violation: this check does not guess.
 */
final class UnsafeOutputs {
  private static final String TYPE = "([A-Za-z_][\\w.]*(?:<[^>]*>)?(?:\\[\\])?)";
  private static final List<Pattern> DECLARATIONS =
      List.of(
          Pattern.compile("@param\\s+" + TYPE + "\\s+(\\w+)"),
          Pattern.compile("@for\\s*\\(\\s*(?:final\\s+)?" + TYPE + "\\s+(\\w+)\\s*:"),
          Pattern.compile("instanceof\\s+" + TYPE + "\\s+(\\w+)"),
          Pattern.compile("!\\{\\s*(?:final\\s+)?" + TYPE + "\\s+(\\w+)\\s*="));
  private static final Pattern IMPORT =
      Pattern.compile("@import\\s+([\\w.]+)\\s*$", Pattern.MULTILINE);
  private static final Pattern CHAIN =
      Pattern.compile("\\s*([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(\\s*\\))*)\\s*");
  private static final Pattern CALL = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*\\(\\s*\\)");

  /** The outcome of a scan: how many {@code $unsafe} outputs were found, and what is wrong. */
  record Scan(int outputs, List<String> violations) {}

  private UnsafeOutputs() {}

  static Scan scan(Path templates, String safeHtml) {
    List<String> violations = new ArrayList<>();
    int outputs = 0;
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jte")).sorted().toList()) {
        String text = Files.readString(file);
        String name = templates.relativize(file).toString();
        for (int at = text.indexOf("$unsafe{"); at >= 0; at = text.indexOf("$unsafe{", at + 1)) {
          outputs++;
          String expression = expression(text, at + "$unsafe{".length());
          String where = name + ":" + line(text, at) + ": $unsafe{" + expression + "}";
          String problem = check(text, at, expression, safeHtml);
          if (problem != null) {
            violations.add(where + " " + problem);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scan(outputs, violations);
  }

  /** Null when the expression prints SafeHtml.html(), else why not. */
  private static String check(String text, int at, String expression, String safeHtml) {
    Matcher chain = CHAIN.matcher(expression);
    if (!chain.matches()) {
      return "is not a variable followed by calls without arguments";
    }
    String variable = chain.group(1);
    List<String> calls = new ArrayList<>();
    Matcher call = CALL.matcher(chain.group(2));
    while (call.find()) {
      calls.add(call.group(1));
    }
    String typeName = declaredType(text.substring(0, at), variable);
    if (typeName == null) {
      return "uses " + variable + ", which the template does not declare";
    }
    Class<?> type = resolve(text, typeName);
    if (type == null) {
      return "uses a type " + typeName + " that cannot be found";
    }
    Class<?> receiver = null;
    for (String method : calls) {
      try {
        Method m = type.getMethod(method);
        receiver = type;
        type = m.getReturnType();
      } catch (NoSuchMethodException e) {
        return "calls " + method + "() that " + type.getName() + " does not have";
      }
    }
    if (receiver == null
        || !receiver.getName().equals(safeHtml)
        || !calls.get(calls.size() - 1).equals("html")) {
      return "prints "
          + type.getName()
          + (receiver == null ? "" : " from " + receiver.getName())
          + ", not "
          + safeHtml
          + ".html()";
    }
    return null;
  }

  private static String expression(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(from, i);
      }
    }
    return text.substring(from);
  }

  /** The type of the nearest declaration of {@code variable} before the output. */
  private static String declaredType(String before, String variable) {
    String type = null;
    int best = -1;
    for (Pattern p : DECLARATIONS) {
      Matcher m = p.matcher(before);
      while (m.find()) {
        if (m.group(2).equals(variable) && m.start() > best) {
          best = m.start();
          type = m.group(1);
        }
      }
    }
    return type;
  }

  private static Class<?> resolve(String text, String typeName) {
    String raw = typeName.replaceAll("<.*>", "").replace("[]", "");
    String head = raw.contains(".") ? raw.substring(0, raw.indexOf('.')) : raw;
    String tail = raw.contains(".") ? raw.substring(raw.indexOf('.') + 1) : "";
    List<String> candidates = new ArrayList<>();
    Matcher imports = IMPORT.matcher(text);
    while (imports.find()) {
      String imported = imports.group(1);
      if (imported.endsWith("." + head)) {
        candidates.add(imported + (tail.isEmpty() ? "" : "$" + tail.replace('.', '$')));
      }
    }
    candidates.add("java.lang." + raw);
    candidates.add(raw);
    for (String name : candidates) {
      try {
        return Class.forName(name, false, UnsafeOutputs.class.getClassLoader());
      } catch (ClassNotFoundException next) {
        // try the next reading of the name
      }
    }
    return null;
  }

  private static int line(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
