package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.ingest.ImportFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports story files in the seed's text format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import stories from text files like the seed page; prints each story's URL path.")
public final class ImportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--edition",
      paramLabel = "CODE",
      description =
          "The edition the stories go to (its code, e.g. ko); their times and datelines are read"
              + " in its pattern, zone and style. Default: the default edition.")
  String edition;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
  List<Path> files;

  @Override
  public Integer call() {
    int failed = 0;
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      java.util.Optional<org.dateline.edition.Edition> into = java.util.Optional.empty();
      if (edition != null) {
        into = wiring.editions().byCode(edition);
        if (into.isEmpty()) {
          System.err.println(
              "no edition " + edition + "; ./dateline edition list shows the editions");
          return 2;
        }
      }
      for (Path file : files) {
        try {
          var imported = wiring.ingest().importFile(file, into);
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
