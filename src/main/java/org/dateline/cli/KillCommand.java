package org.dateline.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleNotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Withdraws a story everywhere (until the newsroom has its own kill action). */
@Command(
    name = "kill",
    mixinStandardHelpOptions = true,
    description = "Withdraw a story; its page answers 410 Gone.")
public final class KillCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The story's id (the number in its URL).")
  long id;

  @Override
  public Integer call() {
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      if (id <= 0) {
        System.err.println("no story with id " + id);
        return 1;
      }
      try {
        var killed = wiring.articles().kill(new ArticleId(id));
        System.out.println("killed /article/" + killed.id() + "/" + killed.slug());
        return 0;
      } catch (ArticleNotFound e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }
}
