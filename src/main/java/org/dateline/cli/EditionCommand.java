package org.dateline.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.edition.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shows or changes the edition's settings. */
@Command(
    name = "edition",
    mixinStandardHelpOptions = true,
    description = "Show the edition's settings, or change them with the options.")
public final class EditionCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--site-name", description = "Site name shown on every page.")
  String siteName;

  @Option(names = "--language", description = "Language tag, e.g. en.")
  String language;

  @Option(names = "--zone", description = "Time zone, e.g. Asia/Seoul.")
  String zone;

  @Option(names = "--date-pattern", description = "Pattern for times, e.g. 'HH:mm MMMM dd, yyyy'.")
  String datePattern;

  @Option(
      names = "--feed-content",
      description = "How much of each story the feeds carry: full or summary (the default).")
  String feedContent;

  @Override
  public Integer call() {
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      Edition e = wiring.editions().current();
      if (siteName != null
          || language != null
          || zone != null
          || datePattern != null
          || feedContent != null) {
        try {
          e =
              new Edition(
                  siteName != null ? siteName : e.siteName(),
                  language != null ? language : e.language(),
                  zone != null ? ZoneId.of(zone) : e.zone(),
                  datePattern != null ? datePattern : e.datePattern(),
                  feedContent != null ? Edition.FeedText.of(feedContent) : e.feedText());
        } catch (RuntimeException bad) {
          System.err.println("edition not changed: " + bad.getMessage());
          return 2;
        }
        wiring.editions().change(e);
      }
      System.out.printf(
          "site name:    %s%nlanguage:     %s%ntime zone:    %s%ndate pattern: %s%nfeed content: %s%n",
          e.siteName(), e.language(), e.zone(), e.datePattern(), e.feedText().label());
    }
    return 0;
  }
}
