package org.dateline.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.delivery.WebhookSettings;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.storage.Database;
import org.dateline.web.site.SitemapPages;

/**
 * The real application for tests: a real store ({@link TestStore}: SQLite in a temporary folder, or
 * a PostgreSQL database of its own) and a real HTTP server on a free port. Close it after use.
 * Passwords are hashed at {@link #PASSWORDS}, not at production's cost (decision 0092).
 */
public final class TestApp implements AutoCloseable {
  /**
   * The tests' Argon2id cost: 256 KiB, one pass (a few milliseconds) where production's 19 MiB and
   * two passes take about a second of a test JVM's CPU on the quick JIT, at every sign-in. The
   * production cost has its own tests ({@code PasswordHasherTest}, {@code SignInOutcomeIT}).
   */
  public static final PasswordHasher.Cost PASSWORDS = new PasswordHasher.Cost(256, 1);

  private final Wiring wiring;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestApp(Wiring wiring, int port) {
    this.wiring = wiring;
    this.port = port;
  }

  /** Starts the app on {@code dataDir}; with {@code demo} it loads the demo content first. */
  public static TestApp start(Path dataDir, boolean demo) {
    return start(dataDir, demo, Clock.systemUTC());
  }

  public static TestApp start(Path dataDir, boolean demo, Clock clock) {
    return start(
        TestStore.config(dataDir), demo, clock, WebhookSettings.defaults(), SitemapPages.PAGE_SIZE);
  }

  /** With webhook timings of the test's own (a short backoff). */
  public static TestApp start(Path dataDir, boolean demo, Clock clock, WebhookSettings webhooks) {
    return start(TestStore.config(dataDir), demo, clock, webhooks, SitemapPages.PAGE_SIZE);
  }

  /** Like {@link #start(Path, boolean, Clock)}, with sitemap pages of {@code sitemapIds} ids. */
  public static TestApp start(Path dataDir, boolean demo, Clock clock, long sitemapIds) {
    return start(TestStore.config(dataDir), demo, clock, WebhookSettings.defaults(), sitemapIds);
  }

  /** Starts the app with a configuration of the test's own (operations settings). */
  public static TestApp start(Config config, boolean demo) {
    return start(
        config, demo, Clock.systemUTC(), WebhookSettings.defaults(), SitemapPages.PAGE_SIZE);
  }

  /** Like {@link #start(Config, boolean)}, with the wiring adjusted before the start. */
  public static TestApp start(
      Config config, boolean demo, java.util.function.UnaryOperator<Wiring> adjust) {
    Wiring wiring = adjust.apply(wiring(config, Clock.systemUTC()));
    if (demo) {
      wiring.demo().load();
    }
    return new TestApp(wiring, wiring.startServer().port());
  }

  /** Starts the app in development mode: templates and static files read from {@code dev}. */
  public static TestApp startDev(Path dataDir, Config.Dev dev) {
    return start(
        TestStore.config(dataDir).withDev(dev),
        true,
        Clock.systemUTC(),
        WebhookSettings.defaults(),
        SitemapPages.PAGE_SIZE);
  }

  /** Starts the app on a configuration of the test's own (a store it starts and stops itself). */
  public static TestApp start(Config config, Clock clock) {
    return start(config, false, clock, WebhookSettings.defaults(), SitemapPages.PAGE_SIZE);
  }

  /** Starts the app on a configuration of the test's own, with webhook timings of its own. */
  public static TestApp start(Config config, Clock clock, WebhookSettings webhooks) {
    return start(config, false, clock, webhooks, SitemapPages.PAGE_SIZE);
  }

  /**
   * Starts the app on {@code dataDir} waiting {@code patience} for write locks held by another
   * process or transaction: for the tests of the refusal (503), which would otherwise wait out
   * production's {@link Database.Patience#PRODUCTION} (decision 0099).
   */
  public static TestApp start(Path dataDir, Database.Patience patience) {
    return start(
        TestStore.config(dataDir),
        false,
        Clock.systemUTC(),
        WebhookSettings.defaults(),
        SitemapPages.PAGE_SIZE,
        patience);
  }

  private static TestApp start(
      Config config, boolean demo, Clock clock, WebhookSettings webhooks, long sitemapIds) {
    return start(config, demo, clock, webhooks, sitemapIds, Database.Patience.PRODUCTION);
  }

  private static TestApp start(
      Config config,
      boolean demo,
      Clock clock,
      WebhookSettings webhooks,
      long sitemapIds,
      Database.Patience patience) {
    Wiring wiring =
        new Wiring(config, clock, webhooks, PASSWORDS, patience).sitemapPageSize(sitemapIds);
    if (demo) {
      wiring.demo().load();
    }
    int port = wiring.startServer().port();
    return new TestApp(wiring, port);
  }

  /**
   * The application's parts without the HTTP server, as {@code new Wiring(config, clock)} builds
   * them but with passwords hashed at {@link #PASSWORDS}.
   */
  public static Wiring wiring(Config config, Clock clock) {
    WebhookSettings webhooks =
        WebhookSettings.defaults()
            .allowing(
                config.ops().webhookAllow().stream()
                    .map(r -> org.dateline.shared.Cidr.parse(r).orElseThrow())
                    .toList());
    return new Wiring(config, clock, webhooks, PASSWORDS, Database.Patience.PRODUCTION);
  }

  public Wiring wiring() {
    return wiring;
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** GET without following redirects. */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /** POST of a form body, from this site's own pages unless the headers say otherwise. */
  public HttpResponse<String> postForm(String path, String formBody, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .POST(HttpRequest.BodyPublishers.ofString(formBody))
            .header("Content-Type", "application/x-www-form-urlencoded");
    boolean originGiven = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      originGiven |=
          headers[i].equalsIgnoreCase("Origin") || headers[i].equalsIgnoreCase("Sec-Fetch-Site");
    }
    if (!originGiven) {
      b.header("Origin", "http://127.0.0.1:" + port);
    }
    return send(b.build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    wiring.close();
  }
}
