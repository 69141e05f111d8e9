package org.dateline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Renders the precompiled JTE templates; each template takes one typed page model. Thread-safe. */
public final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

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
