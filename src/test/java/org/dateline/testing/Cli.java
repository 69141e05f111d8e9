package org.dateline.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dateline.App;
import picocli.CommandLine;

/**
 * Runs {@code ./dateline ARGS} in this JVM and captures what it prints. It swaps System.out and
 * System.err, so a test class using it holds the {@code SYSTEM_OUT}/{@code SYSTEM_ERR} resource
 * locks. On the PostgreSQL run a {@code --data DIR} gets the {@code --db} of that folder's store
 * ({@link TestStore#cliArgs}), so the command sees the test's own store.
 */
public final class Cli {
  private Cli() {}

  /** A command's exit code and what it printed. */
  public record Run(int code, String out, String err) {}

  public static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new App()).execute(TestStore.cliArgs(args));
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
