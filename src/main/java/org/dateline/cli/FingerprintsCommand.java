package org.dateline.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.newsroom.workflow.FingerprintFill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fills the stored draft fingerprints of the newsroom stories that have none, to the end (decision
 * 0132): what {@code serve} does in the background after its start, for an operator who wants it
 * done now (after an upgrade or a restore of an old backup). Safe beside running servers: each
 * batch's updates are conditional, so a save meanwhile wins.
 */
@Command(
    name = "fingerprints",
    mixinStandardHelpOptions = true,
    description =
        "Store the draft fingerprint of every newsroom story that has none (what serve does in the"
            + " background after an upgrade), to the end.")
public final class FingerprintsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--pause-ms",
      defaultValue = "0",
      description = "Rest between two batches of stories, in milliseconds (default: none).")
  long pauseMillis;

  @Override
  public Integer call() throws InterruptedException {
    if (pauseMillis < 0) {
      System.err.println("dateline fingerprints: --pause-ms must be 0 or more");
      return 2;
    }
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      long started = System.nanoTime();
      FingerprintFill.Pass pass = wiring.fingerprintFill().run(Duration.ofMillis(pauseMillis));
      System.out.printf(
          "Draft fingerprints stored: %d of %d stories without one, in %d ms"
              + " (the others: drafts that cannot be published yet, or saved meanwhile)%n",
          pass.written(), pass.read(), (System.nanoTime() - started) / 1_000_000);
    }
    return 0;
  }
}
