package org.dateline.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.search.Reindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Rebuilds the search index from the store into a new folder; a running server keeps answering from
 * the old index and switches when the new one is complete.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index from the store (a running server switches to it when it is"
            + " complete).")
public final class ReindexCommand implements Callable<Integer> {
  private static final int BAR = 30;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      Reindex.Progress done;
      try {
        done = wiring.reindex().run(p -> out.print("\r" + line(p)));
      } catch (IllegalStateException e) {
        System.err.println(e.getMessage());
        return 1;
      }
      out.println("\r" + line(done));
      out.println("Search index rebuilt in " + data.dir().resolve("search"));
    }
    return 0;
  }

  static String line(Reindex.Progress p) {
    int filled = p.total() == 0 ? BAR : (int) (BAR * p.done() / p.total());
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d stories, %.0f stories/s",
        "#".repeat(filled),
        " ".repeat(BAR - filled),
        p.done(),
        p.total(),
        p.perSecond());
  }
}
