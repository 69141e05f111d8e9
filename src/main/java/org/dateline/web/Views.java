package org.dateline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Renders the JTE templates; each template takes one typed page model. In production the templates
 * are the classes precompiled into the jar; in development mode ({@link #fromSources}) they are
 * compiled from the source folder and again whenever a file changes. Thread-safe.
 */
public final class Views {
  private final TemplateEngine engine;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  /** The templates precompiled into the jar by the build ({@code jte-maven-plugin}). */
  public Views() {
    this(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  private Views(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * Development mode: the templates in {@code templates} (a copy of {@code src/main/jte}), compiled
   * into {@code classes} on first use and recompiled when a template or one it calls changes. Needs
   * the JTE compiler ({@code gg.jte:jte}) on the class path, which only {@code make dev} and the
   * tests put there (decision 0022).
   */
  public static Views fromSources(Path templates, Path classes) {
    return new Views(SourceTemplates.engine(templates, classes));
  }

  /**
   * Hears the name of every template rendered (the quality gates check that their pages show every
   * template there is).
   */
  public void onRender(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** Renders {@code template} (e.g. {@code "list/list.jte"}) with its one model, as UTF-8. */
  public byte[] render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template, model, out);
    listeners.forEach(l -> l.accept(template));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Renders a template that takes several named parameters. */
  public byte[] render(String template, java.util.Map<String, Object> params) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template, params, out);
    listeners.forEach(l -> l.accept(template));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
