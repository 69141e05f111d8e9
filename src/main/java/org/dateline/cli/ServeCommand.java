package org.dateline.cli;

import java.nio.file.Path;
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
    return Serving.run(args(), spec.commandLine().getErr());
  }

  /** The options picocli read, as the quick reading gives them (decision 0105). */
  ServeArgs args() {
    return new ServeArgs(
        data.dir(),
        spec.commandLine().getParseResult().hasMatchedOption("--data"),
        data.databaseUrl(),
        configFile,
        port,
        host,
        demo,
        devCheckout);
  }
}
