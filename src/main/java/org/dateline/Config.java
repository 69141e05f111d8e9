package org.dateline;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dateline.storage.StoreUrl;

/**
 * How one process runs: the data folder, where to listen, the public base URL, whether it serves
 * templates and static files from a source checkout (development mode), the operations settings
 * ({@link Ops}), and the store: PostgreSQL at {@code database} when given, else the SQLite file in
 * the data folder (decision 0041). With {@link ConfigLoader}, the only place that reads the
 * environment.
 */
public record Config(
    Path dataDir,
    String host,
    int port,
    String baseUrl,
    Optional<Dev> dev,
    Ops ops,
    Optional<StoreUrl> database) {
  public static Config of(Path dataDir, String host, int port) {
    String env = System.getenv("DATELINE_BASE_URL");
    String db = System.getenv("DATELINE_DB_URL");
    return new Config(
        dataDir,
        host,
        port,
        env != null && !env.isBlank() ? env : defaultBaseUrl(host, port),
        Optional.empty(),
        Ops.defaults(),
        db == null || db.isBlank() ? Optional.empty() : Optional.of(StoreUrl.parse(db)));
  }

  /** The base URL when none is configured: the address listened on. */
  static String defaultBaseUrl(String host, int port) {
    return "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
  }

  /** The same process in development mode: templates and static files are read from {@code dev}. */
  public Config withDev(Dev sources) {
    return new Config(dataDir, host, port, baseUrl, Optional.of(sources), ops, database);
  }

  /** The same process with these operations settings. */
  public Config withOps(Ops settings) {
    return new Config(dataDir, host, port, baseUrl, dev, settings, database);
  }

  /**
   * The same process on the PostgreSQL store at {@code url} ({@code --db}, over the environment).
   */
  public Config withDatabase(StoreUrl url) {
    return new Config(dataDir, host, port, baseUrl, dev, ops, Optional.of(url));
  }

  /**
   * The operations settings (docs/OPERATIONS.md lists each with its file key and environment
   * variable): the proxies whose forwarding headers are believed, who may read {@code /metrics},
   * the log format, how long a shutdown waits for requests in flight, the CDN's cache lifetimes and
   * the purge hook, the non-public address ranges webhooks may go to and partners' pictures may be
   * fetched from, and how long a served process waits without a request before it collects a grown
   * heap (zero: never; decision 0118).
   */
  public record Ops(
      List<String> trustedProxies,
      List<String> metricsAllow,
      String logFormat,
      Duration shutdownGrace,
      int sharedMaxAge,
      int staleWhileRevalidate,
      Optional<URI> purgeUrl,
      Optional<String> purgeToken,
      Optional<String> agencyDomain,
      Optional<String> agencySince,
      List<String> webhookAllow,
      List<String> ingestAllow,
      Duration idleCollection) {
    public Ops {
      trustedProxies = List.copyOf(trustedProxies);
      metricsAllow = List.copyOf(metricsAllow);
      webhookAllow = List.copyOf(webhookAllow);
      ingestAllow = List.copyOf(ingestAllow);
    }

    /**
     * Nothing trusted, metrics for this machine only, text logs, 20 s to finish, no purge hook, a
     * grown heap collected after 10 s without a request.
     */
    public static Ops defaults() {
      return new Ops(
          List.of(),
          List.of("127.0.0.0/8", "::1"),
          "text",
          Duration.ofSeconds(20),
          300,
          30,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          Duration.ofSeconds(10));
    }

    public Ops withTrustedProxies(List<String> ranges) {
      return new Ops(
          ranges,
          metricsAllow,
          logFormat,
          shutdownGrace,
          sharedMaxAge,
          staleWhileRevalidate,
          purgeUrl,
          purgeToken,
          agencyDomain,
          agencySince,
          webhookAllow,
          ingestAllow,
          idleCollection);
    }

    /** The same settings, with webhooks also allowed to addresses in these ranges. */
    public Ops withWebhookAllow(List<String> ranges) {
      return new Ops(
          trustedProxies,
          metricsAllow,
          logFormat,
          shutdownGrace,
          sharedMaxAge,
          staleWhileRevalidate,
          purgeUrl,
          purgeToken,
          agencyDomain,
          agencySince,
          ranges,
          ingestAllow,
          idleCollection);
    }

    /** The same settings, with partners' pictures also fetched from addresses in these ranges. */
    public Ops withIngestAllow(List<String> ranges) {
      return new Ops(
          trustedProxies,
          metricsAllow,
          logFormat,
          shutdownGrace,
          sharedMaxAge,
          staleWhileRevalidate,
          purgeUrl,
          purgeToken,
          agencyDomain,
          agencySince,
          webhookAllow,
          ranges,
          idleCollection);
    }

    public Ops withPurgeUrl(URI url) {
      return new Ops(
          trustedProxies,
          metricsAllow,
          logFormat,
          shutdownGrace,
          sharedMaxAge,
          staleWhileRevalidate,
          Optional.of(url),
          purgeToken,
          agencyDomain,
          agencySince,
          webhookAllow,
          ingestAllow,
          idleCollection);
    }
  }

  /**
   * The domain that mints the wire's guids ({@code DATELINE_AGENCY_DOMAIN}; by default the base
   * URL's host when it is a domain name, else {@code dateline.localhost}). Guids must never change:
   * set it once for production (decision 0016).
   */
  public String agencyDomain() {
    if (ops.agencyDomain().isPresent()) {
      return ops.agencyDomain().get();
    }
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
    if (ops.agencySince().isPresent()) {
      return ops.agencySince().get();
    }
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
