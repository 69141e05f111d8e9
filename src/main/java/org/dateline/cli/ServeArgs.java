package org.dateline.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code dateline serve}, and a reading of them without picocli for the common forms
 * (decision 0105): building picocli's model of a command costs a third of a second of CPU at every
 * start (its classes are Java 5 bytecode, which the class-data archive cannot hold and the old
 * verifier checks one by one). Anything else (help, version, a repeated or unknown option, a value
 * that looks like an option, an {@code @file}) is left to picocli, which answers as before.
 *
 * @param dataDir the data folder ({@code ./data} unless given)
 * @param dataGiven whether {@code --data} was given (it then overrides the configuration file)
 * @param databaseUrl {@code --db}, or null
 * @param configFile {@code --config}, or null
 * @param port {@code --port} as written, or null
 * @param host {@code --host} as written, or null
 * @param demo {@code --demo}
 * @param devCheckout {@code --dev}'s checkout ({@code .} when given without a value), or null
 */
public record ServeArgs(
    Path dataDir,
    boolean dataGiven,
    @Nullable String databaseUrl,
    @Nullable Path configFile,
    @Nullable String port,
    @Nullable String host,
    boolean demo,
    @Nullable Path devCheckout) {

  private static final Set<String> VALUED =
      Set.of("--data", "--db", "--config", "--port", "--host");

  /**
   * The options in {@code args} (without {@code serve}) when each is one of serve's own in a plain
   * form ({@code --port 8080}, {@code --port=8080}, {@code --demo}, {@code --dev}, {@code
   * --dev=DIR}), at most once; otherwise null, and picocli reads them.
   */
  public static @Nullable ServeArgs read(String... args) {
    Path dataDir = Path.of("./data");
    boolean dataGiven = false;
    String databaseUrl = null;
    Path configFile = null;
    String port = null;
    String host = null;
    boolean demo = false;
    Path devCheckout = null;
    Set<String> seen = new HashSet<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (!seen.add(name)) {
          return null;
        }
        String value;
        if (VALUED.contains(name)) {
          if (eq >= 0) {
            value = arg.substring(eq + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            return null;
          }
          if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return null;
          }
        } else if (name.equals("--demo") && eq < 0) {
          demo = true;
          continue;
        } else if (name.equals("--dev")) {
          // --dev takes 0 or 1 value: a following word would be read as its value by picocli.
          if (eq < 0 && i + 1 < args.length && !args[i + 1].startsWith("-")) {
            return null;
          }
          String checkout = eq < 0 ? "." : arg.substring(eq + 1);
          if (checkout.isEmpty()) {
            return null;
          }
          devCheckout = Path.of(checkout);
          continue;
        } else {
          return null;
        }
        switch (name) {
          case "--data" -> {
            dataDir = Path.of(value);
            dataGiven = true;
          }
          case "--db" -> databaseUrl = value;
          case "--config" -> configFile = Path.of(value);
          case "--port" -> port = value;
          default -> host = value;
        }
      }
    } catch (InvalidPathException e) {
      return null; // picocli says what is wrong with it
    }
    return new ServeArgs(
        dataDir, dataGiven, databaseUrl, configFile, port, host, demo, devCheckout);
  }
}
