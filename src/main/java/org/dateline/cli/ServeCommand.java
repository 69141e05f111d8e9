package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.dateline.Config;
import org.dateline.ConfigLoader;
import org.dateline.Wiring;
import org.dateline.ops.LogFormat;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the site. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the public site.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (TOML; see docs/OPERATIONS.md). The environment (DATELINE_*) overrides"
              + " it, and the flags override both.")
  Path configFile;

  @Option(names = "--port", description = "Port to listen on (default: 8080).")
  String port;

  @Option(names = "--host", description = "Address to listen on (default: 127.0.0.1).")
  String host;

  @Option(
      names = "--demo",
      description = "Load the demo content (the seed story and sample stories) before starting.")
  boolean demo;

  @Option(
      names = "--dev",
      arity = "0..1",
      fallbackValue = ".",
      paramLabel = "CHECKOUT",
      description =
          "Development mode: serve the templates and static files of this source checkout"
              + " (default: the current folder), reloaded when they change. Needs the JTE compiler"
              + " on the class path: use `make dev`.")
  Path devCheckout;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    Map<String, String> flags = new LinkedHashMap<>();
    var parsed = spec.commandLine().getParseResult();
    if (parsed.hasMatchedOption("--data")) {
      flags.put("data", data.dir().toString());
    }
    if (data.databaseUrl() != null && !data.databaseUrl().isBlank()) {
      flags.put("db_url", data.databaseUrl());
    }
    if (host != null) {
      flags.put("host", host);
    }
    if (port != null) {
      flags.put("port", port);
    }
    ConfigLoader.Loaded loaded;
    try {
      loaded = ConfigLoader.load(Optional.ofNullable(configFile), System.getenv(), flags);
    } catch (ConfigLoader.Invalid e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "dateline serve: the configuration has " + e.problems().size() + " bad value(s):");
      e.problems().forEach(p -> err.println("  " + p));
      err.flush();
      return 2;
    }
    Config config = loaded.config();
    LogFormat.use(config.ops().logFormat());
    loaded.warnings().forEach(w -> LoggerFactory.getLogger(ServeCommand.class).warn(w));
    if (devCheckout != null) {
      config = config.withDev(Config.Dev.in(devCheckout));
      System.out.println(
          "Development mode: templates from "
              + config.dev().orElseThrow().templates()
              + ", static files from "
              + config.dev().orElseThrow().staticFiles());
    }
    Wiring wiring = new Wiring(config, Clock.systemUTC());
    if (demo) {
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
    if (demo) {
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
    // SIGTERM or Ctrl+C: stop accepting, finish the requests in flight, stop background work,
    // close the store (Wiring.close).
    Runtime.getRuntime().addShutdownHook(new Thread(wiring::close, "shutdown"));
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
}
