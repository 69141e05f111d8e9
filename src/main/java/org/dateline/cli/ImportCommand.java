package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.ingest.ImportFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Imports story files in the seed's text format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import stories from text files like the seed page; prints each story's URL path.")
public final class ImportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
  List<Path> files;

  @Override
  public Integer call() {
    int failed = 0;
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      for (Path file : files) {
        try {
          var imported = wiring.ingest().importFile(file);
          System.out.println(
              imported.path()
                  + "  "
                  + imported.outcome().name().toLowerCase(java.util.Locale.ROOT));
        } catch (ImportFailed e) {
          System.err.println(e.getMessage());
          failed++;
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
