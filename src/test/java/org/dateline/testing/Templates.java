package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JTE templates in {@code src/main/jte} and which of them a gate showed: the gates register a
 * {@link Recorder} with the server's views before they scan, and fail when a template of their
 * surface was neither rendered nor included by one that was. A new template no gate renders breaks
 * the build.
 */
public final class Templates {
  public static final Path SOURCES = Path.of("src", "main", "jte");
  private static final Pattern INCLUDE = Pattern.compile("@template\\.([\\w.-]+)\\s*\\(");

  /** The public site's templates; the rest are the newsroom's. */
  public static final Predicate<String> PUBLIC = t -> !t.startsWith("newsroom/");

  public static final Predicate<String> NEWSROOM = t -> t.startsWith("newsroom/");

  private Templates() {}

  /** The names of the templates rendered by {@code app}'s server from now on. */
  public static final class Recorder {
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    public Set<String> rendered() {
      return Set.copyOf(rendered);
    }

    /**
     * The templates of {@code surface} neither rendered since this recorder started nor included
     * (at any depth) by one that was.
     */
    public Set<String> missing(Predicate<String> surface) {
      Set<String> shown = withIncludes(rendered());
      Set<String> out = new TreeSet<>();
      for (String t : all()) {
        if (surface.test(t) && !shown.contains(t)) {
          out.add(t);
        }
      }
      return out;
    }
  }

  public static Recorder record(TestApp app) {
    Recorder recorder = new Recorder();
    app.wiring().views().onRender(recorder.rendered::add);
    return recorder;
  }

  /** Every template, by the name it is rendered with ({@code list/home.jte}). */
  public static Set<String> all() {
    return includes().keySet();
  }

  /** The templates and, for each, the templates it includes. */
  static TreeMap<String, Set<String>> includes() {
    TreeMap<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
        Set<String> included = new TreeSet<>();
        Matcher m = INCLUDE.matcher(Files.readString(f));
        while (m.find()) {
          included.add(m.group(1).replace('.', '/') + ".jte");
        }
        out.put(SOURCES.relativize(f).toString().replace('\\', '/'), included);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no template found in " + SOURCES.toAbsolutePath());
    }
    return out;
  }

  private static Set<String> withIncludes(Set<String> rendered) {
    TreeMap<String, Set<String>> includes = includes();
    Set<String> out = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(rendered);
    while (!todo.isEmpty()) {
      String t = todo.pop();
      if (out.add(t)) {
        todo.addAll(includes.getOrDefault(t, Set.of()));
      }
    }
    return out;
  }
}
