package org.dateline.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.demo.GeneratedNewsroom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Fills the store with generated stories for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Add generated stories (copies of the samples on earlier dates) for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--count",
      defaultValue = "10000",
      description = "How many (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--newsroom",
      defaultValue = "0",
      description =
          "Also make sure the newsroom holds this many stories, drafts and submitted ones, for"
              + " benchmarks of the desk (default: ${DEFAULT-VALUE}).")
  int newsroom;

  @Override
  public Integer call() {
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      wiring.demo().load();
      wiring.demo().generate(count);
      System.out.println(wiring.articles().countPublic() + " public stories in " + data.dir());
      if (newsroom > 0) {
        new GeneratedNewsroom(
                wiring.articles(), wiring.users(), wiring.generatedStories(), Clock.systemUTC())
            .ensure(newsroom);
        int stories =
            wiring.stories().countsByStage().values().stream().mapToInt(Integer::intValue).sum();
        System.out.println(stories + " newsroom stories");
      }
    }
    return 0;
  }
}
