package org.dateline;

import java.nio.file.Path;
import java.util.Optional;
import org.dateline.storage.StoreUrl;

/**
 * How one process runs: the data folder, where to listen, the public base URL, whether it serves
 * templates and static files from a source checkout (development mode), and the store: PostgreSQL
 * at {@code database} when given, else the SQLite file in the data folder (decision 0041). The only
 * place that reads the environment ({@code DATELINE_BASE_URL}, {@code DATELINE_DB_URL}).
 */
public record Config(
    Path dataDir,
    String host,
    int port,
    String baseUrl,
    Optional<Dev> dev,
    Optional<StoreUrl> database) {
  public static Config of(Path dataDir, String host, int port) {
    String env = System.getenv("DATELINE_BASE_URL");
    String base =
        env != null && !env.isBlank()
            ? env
            : "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
    String db = System.getenv("DATELINE_DB_URL");
    return new Config(
        dataDir,
        host,
        port,
        base,
        Optional.empty(),
        db == null || db.isBlank() ? Optional.empty() : Optional.of(StoreUrl.parse(db)));
  }

  /** The same process in development mode: templates and static files are read from {@code dev}. */
  public Config withDev(Dev sources) {
    return new Config(dataDir, host, port, baseUrl, Optional.of(sources), database);
  }

  /**
   * The same process on the PostgreSQL store at {@code url} ({@code --db}, over the environment).
   */
  public Config withDatabase(StoreUrl url) {
    return new Config(dataDir, host, port, baseUrl, dev, Optional.of(url));
  }

  /**
   * The domain that mints the wire's guids ({@code DATELINE_AGENCY_DOMAIN}; by default the base
   * URL's host when it is a domain name, else {@code dateline.localhost}). Guids must never change:
   * set it once for production (decision 0016).
   */
  public String agencyDomain() {
    String env = System.getenv("DATELINE_AGENCY_DOMAIN");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    String host = java.net.URI.create(baseUrl).getHost();
    return host != null && host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") && !host.matches("[0-9.]+")
        ? host
        : "dateline.localhost";
  }

  /** The year the agency held its domain, for guids ({@code DATELINE_AGENCY_SINCE}, 2026). */
  public String agencySince() {
    String env = System.getenv("DATELINE_AGENCY_SINCE");
    return env != null && !env.isBlank() ? env.strip() : "2026";
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
