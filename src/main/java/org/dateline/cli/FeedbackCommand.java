package org.dateline.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists reader feedback, newest first (until the newsroom inbox exists). */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = "List reader feedback, newest first.")
public final class FeedbackCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "How many to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      var zone = wiring.editions().current();
      var all = wiring.feedbacks().newest(limit);
      if (all.isEmpty()) {
        System.out.println("No feedback yet.");
      }
      for (var f : all) {
        System.out.printf(
            "#%d  %s  /article/%d  [%s]%n    %s%n",
            f.id(),
            zone.format(f.receivedAt()),
            f.articleId(),
            f.state(),
            f.message().replace("\n", "\n    "));
      }
    }
    return 0;
  }
}
