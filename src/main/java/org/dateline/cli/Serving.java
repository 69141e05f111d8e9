package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.dateline.Config;
import org.dateline.ConfigLoader;
import org.dateline.Wiring;
import org.dateline.newsroom.workflow.FingerprintFill;
import org.dateline.ops.IdleCollection;
import org.dateline.ops.LogFormat;
import org.dateline.web.Assets;
import org.dateline.web.HttpServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * What {@code dateline serve} does with its options, whether picocli read them ({@link
 * ServeCommand}) or the launcher's quick reading did ({@link ServeArgs}, decision 0105).
 */
public final class Serving {
  /** The fill of missing fingerprints starts at the first request, or this long after the start. */
  private static final Duration FILL_START = Duration.ofSeconds(30);

  /** The fill's shortest rest between two batches (at least as long as the batch took). */
  private static final Duration FILL_PAUSE = Duration.ofMillis(50);

  private Serving() {}

  /**
   * Loads the configuration (file, environment, flags), starts the site and blocks until the
   * process is stopped; 2 after a bad configuration, said on {@code err}.
   */
  public static int run(ServeArgs args, PrintWriter err) throws InterruptedException {
    long started = System.nanoTime();
    // While the configuration loads and the store opens, logging is set up (the store's pool logs
    // first), the static files are read and fingerprinted (0135) and the HTTP server's slow classes
    // are made ready on a thread of their own (0112). A failure there is only a missed head start:
    // the server's own start meets it again.
    Thread prepare =
        new Thread(
            () -> {
              try {
                LoggerFactory.getILoggerFactory();
                var unused = Assets.packaged();
                HttpServer.prepare();
              } catch (RuntimeException | ExceptionInInitializerError e) {
                LoggerFactory.getLogger(Serving.class).debug("preparing the HTTP server failed", e);
              }
            },
            "prepare-http");
    prepare.setDaemon(true);
    prepare.start();
    Map<String, String> flags = new LinkedHashMap<>();
    if (args.dataGiven()) {
      flags.put("data", args.dataDir().toString());
    }
    String databaseUrl = args.databaseUrl();
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      flags.put("db_url", databaseUrl);
    }
    if (args.host() != null) {
      flags.put("host", args.host());
    }
    if (args.port() != null) {
      flags.put("port", args.port());
    }
    ConfigLoader.Loaded loaded;
    try {
      loaded = ConfigLoader.load(Optional.ofNullable(args.configFile()), System.getenv(), flags);
    } catch (ConfigLoader.Invalid e) {
      err.println(
          "dateline serve: the configuration has " + e.problems().size() + " bad value(s):");
      e.problems().forEach(p -> err.println("  " + p));
      err.flush();
      return 2;
    }
    Config config = loaded.config();
    LogFormat.use(config.ops().logFormat());
    loaded.warnings().forEach(w -> LoggerFactory.getLogger(ServeCommand.class).warn(w));
    var devCheckout = args.devCheckout();
    if (devCheckout != null) {
      config = config.withDev(Config.Dev.in(devCheckout));
      System.out.println(
          "Development mode: templates from "
              + config.dev().orElseThrow().templates()
              + ", static files from "
              + config.dev().orElseThrow().staticFiles());
    }
    Wiring wiring = new Wiring(config, Clock.systemUTC());
    if (args.demo()) {
      var demoLoaded = wiring.demo().load();
      System.out.printf(
          "Demo content: %d stories (%d new, %d updated, %d unchanged)%n",
          demoLoaded.total(), demoLoaded.created(), demoLoaded.updated(), demoLoaded.unchanged());
      var inEditions = wiring.demo().loadEditions();
      System.out.printf(
          "Demo editions: %s, with %d stories of their own%n",
          String.join(", ", wiring.editions().all().stream().map(e -> e.code()).toList()),
          inEditions.total());
    }
    var server = wiring.startServer();
    if (args.demo()) {
      System.out.println("Newsroom demo accounts (passwords are new at every start):");
      for (var c : new org.dateline.demo.DemoUsers(wiring.users()).ensure()) {
        System.out.printf("  %-8s %-26s %s%n", c.role().code(), c.email(), c.password());
      }
      new org.dateline.demo.DemoNewsroom(
              wiring.users(), wiring.stories(), wiring.workflow(), Clock.systemUTC())
          .ensure();
      // Stories in several editions, translations of one another (decision 0087).
      new org.dateline.demo.DemoTranslations(
              wiring.stories(),
              wiring.translations(),
              wiring.workflow(),
              wiring.sections(),
              wiring.editions())
          .ensure(wiring.users().byEmail("editor@dateline.test").orElseThrow());
    }
    // A heap that a burst of work grew (a sign-in's Argon2 hash: 19 MiB) is collected once the
    // server has had no request for a while, so an idle server stays small (decision 0118). The
    // process's own: a collection is the whole JVM's, which a test's in-process servers share.
    @Nullable IdleCollection idle = idleCollection(config, server);
    // The stories without a stored draft fingerprint (a store older than V35) get one, a batch at a
    // time after the first request (decision 0132). Here, not in Wiring: a test's server does not
    // write behind its back; a test that wants the fill starts it itself.
    FingerprintFill.Background fill =
        wiring.fingerprintFill().inBackground(server::requestEvents, FILL_START, FILL_PAUSE);
    // SIGTERM or Ctrl+C: stop accepting, finish the requests in flight, stop background work,
    // close the store (Wiring.close).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (idle != null) {
                    idle.close();
                  }
                  fill.close();
                  wiring.close();
                },
                "shutdown"));
    System.out.printf(
        "Dateline is serving http://%s:%d (newsroom: /newsroom; data: %s) in %d ms. Stop with Ctrl+C.%n",
        config.host().equals("0.0.0.0") ? "localhost" : config.host(),
        server.port(),
        config.dataDir().toAbsolutePath().normalize(),
        (System.nanoTime() - started) / 1_000_000);
    System.out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  private static @Nullable IdleCollection idleCollection(Config config, HttpServer server) {
    var quiet = config.ops().idleCollection();
    if (quiet.isZero()) {
      return null;
    }
    return new IdleCollection(
            server::requestEvents,
            server::requestsInFlight,
            quiet,
            IdleCollection.Heap.jvm(),
            Clock.systemUTC())
        .start();
  }
}
