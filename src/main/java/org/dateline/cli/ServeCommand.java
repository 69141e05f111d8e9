package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.dateline.Config;
import org.dateline.Wiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the site. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the public site.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
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
    Config config = data.config(host, port);
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
      var loaded = wiring.demo().load();
      System.out.printf(
          "Demo content: %d stories (%d new, %d updated, %d unchanged)%n",
          loaded.total(), loaded.created(), loaded.updated(), loaded.unchanged());
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
    }
    Runtime.getRuntime().addShutdownHook(new Thread(wiring::close, "shutdown"));
    System.out.printf(
        "Dateline is serving http://%s:%d (newsroom: /newsroom; data: %s) in %d ms. Stop with Ctrl+C.%n",
        host.equals("0.0.0.0") ? "localhost" : host,
        server.port(),
        data.dir().toAbsolutePath().normalize(),
        (System.nanoTime() - started) / 1_000_000);
    System.out.flush();
    new CountDownLatch(1).await();
    return 0;
  }
}
