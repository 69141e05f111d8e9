package org.dateline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development-mode template engine: JTE compiling from a folder of templates. Kept apart from
 * {@link Views} so that the production path never loads a class of the JTE compiler, which the
 * packaged application does not ship (decision 0022).
 */
final class SourceTemplates {
  private static final String COMPILER = "gg.jte.compiler.TemplateCompiler";

  private SourceTemplates() {}

  static TemplateEngine engine(Path templates, Path classes) {
    if (!Files.isDirectory(templates)) {
      throw new IllegalStateException(
          "development mode reads templates from " + templates + ", which is not a folder");
    }
    try {
      Class.forName(COMPILER, false, SourceTemplates.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "development mode compiles the templates in "
              + templates
              + " and needs the JTE compiler (gg.jte:jte) on the class path; start it with `make"
              + " dev`",
          e);
    }
    // The same settings as the build's precompile step (jte-maven-plugin): HTML, nothing else.
    return TemplateEngine.create(new DirectoryCodeResolver(templates), classes, ContentType.Html);
  }
}
