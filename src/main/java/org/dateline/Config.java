package org.dateline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How one process runs: the data folder, where to listen, the public base URL, and whether it
 * serves templates and static files from a source checkout (development mode). The only place that
 * reads the environment ({@code DATELINE_BASE_URL}).
 */
public record Config(Path dataDir, String host, int port, String baseUrl, Optional<Dev> dev) {
  public static Config of(Path dataDir, String host, int port) {
    String env = System.getenv("DATELINE_BASE_URL");
    String base =
        env != null && !env.isBlank()
            ? env
            : "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
    return new Config(dataDir, host, port, base, Optional.empty());
  }

  /** The same process in development mode: templates and static files are read from {@code dev}. */
  public Config withDev(Dev sources) {
    return new Config(dataDir, host, port, baseUrl, Optional.of(sources));
  }

  public Path mediaDir() {
    return dataDir.resolve("media");
  }

  /**
   * Development mode ({@code make dev}, decision 0022): JTE templates compiled from {@code
   * templates} into {@code compiledTemplates} whenever a file changes, static files read from
   * {@code staticFiles} at every request, and no page cache, so an edit shows on the next request.
   */
  public record Dev(Path templates, Path staticFiles, Path compiledTemplates) {
    /**
     * The folders of a source checkout: {@code src/main/jte}, {@code src/main/resources/public}.
     */
    public static Dev in(Path checkout) {
      Path root = checkout.toAbsolutePath().normalize();
      return new Dev(
          root.resolve("src/main/jte"),
          root.resolve("src/main/resources/public"),
          root.resolve("target/jte-dev-classes"));
    }
  }
}
