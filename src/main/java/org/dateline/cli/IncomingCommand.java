package org.dateline.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.ingest.IncomingRow;
import org.dateline.ingest.ProviderRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code incoming [--provider NAME]}: the newest incoming items, one a line. */
@Command(
    name = "incoming",
    mixinStandardHelpOptions = true,
    description = "List incoming items: provider, guid, version, headline, state.")
public final class IncomingCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--provider", paramLabel = "NAME", description = "Only this provider's items.")
  String provider;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Wiring w = ProviderCommand.wiring(data)) {
      for (IncomingRow r :
          w.incoming()
              .incoming(Optional.ofNullable(provider), Math.max(1, Math.min(limit, 10_000)))) {
        System.out.println(
            String.join(
                "\t",
                r.provider(),
                r.guid(),
                "v" + r.version(),
                r.headline(),
                r.state().word() + (r.notice().isEmpty() ? "" : " (" + r.notice() + ")")));
      }
      return 0;
    } catch (ProviderRefused e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
