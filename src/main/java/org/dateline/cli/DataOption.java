package org.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every subcommand takes. */
public final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./data",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  public Path dir() {
    return dataDir;
  }
}
