package org.dateline.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Shows or changes the site's settings and the default edition; lists, adds and changes the
 * language editions (decision 0068).
 */
@Command(
    name = "edition",
    mixinStandardHelpOptions = true,
    description =
        "Show the site's settings and the default edition, or change them with the options;"
            + " list, add and change the language editions.",
    subcommands = {
      EditionCommand.ListEditions.class,
      EditionCommand.Add.class,
      EditionCommand.Set.class
    })
public final class EditionCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--site-name", description = "Site name shown on every page.")
  String siteName;

  @Option(
      names = "--language",
      description = "The default edition's language tag (it is the edition's code; kept as is).")
  String language;

  @Option(names = "--zone", description = "The default edition's time zone, e.g. Asia/Seoul.")
  String zone;

  @Option(
      names = "--date-pattern",
      description = "The default edition's pattern for times, e.g. 'HH:mm MMMM dd, yyyy'.")
  String datePattern;

  @Option(
      names = "--feed-content",
      description = "How much of each story the feeds carry: full or summary (the default).")
  String feedContent;

  private static Wiring wiring(DataOption data) {
    return new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC());
  }

  @Override
  public Integer call() {
    try (Wiring wiring = wiring(data)) {
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
                  feedContent != null ? Edition.FeedText.of(feedContent) : e.feedText(),
                  e.name(),
                  e.prefix(),
                  e.host(),
                  e.datelineStyle(),
                  e.direction(),
                  e.position(),
                  true);
          wiring.editions().change(e);
        } catch (RuntimeException bad) {
          System.err.println("edition not changed: " + bad.getMessage());
          return 2;
        }
      }
      System.out.printf(
          "site name:    %s%nlanguage:     %s%ntime zone:    %s%ndate pattern: %s%nfeed content: %s%n",
          e.siteName(), e.language(), e.zone(), e.datePattern(), e.feedText().label());
    }
    return 0;
  }

  /** One line per edition. */
  static String line(Edition e) {
    return String.format(
        "%-8s %-10s %-8s %-16s %-24s %s %s%s%s",
        e.code(),
        e.name(),
        e.isDefault() ? "/" : "/" + e.prefix() + "/",
        e.zone(),
        e.datePattern(),
        e.direction().label(),
        e.datelineStyle().pattern(),
        e.host().map(h -> " host " + h).orElse(""),
        e.isDefault() ? " (default)" : "");
  }

  /** {@code edition list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the editions in navigation order: code, name, address, zone, pattern.")
  public static final class ListEditions implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Wiring wiring = wiring(data)) {
        wiring.editions().all().forEach(e -> System.out.println(line(e)));
      }
      return 0;
    }
  }

  /** The fields {@code add} needs and {@code set} may change. */
  abstract static class Fields {
    @Option(names = "--name", description = "The edition's name in its own language: 한국어.")
    String name;

    @Option(names = "--prefix", description = "Its address prefix: ko serves /ko/.")
    String prefix;

    @Option(names = "--host", description = "A host name of its own (optional).")
    String host;

    @Option(names = "--zone", description = "Its time zone, e.g. Asia/Seoul.")
    String zone;

    @Option(
        names = "--date-pattern",
        description = "Its pattern for times, in its language: 'yyyy년 MM월 dd일 HH:mm'.")
    String datePattern;

    @Option(
        names = "--dateline-style",
        description = "How it writes datelines: '{place}[, {date:d ''de'' MMMM}][ ({source})] --'.")
    String datelineStyle;

    @Option(names = "--dir", description = "Writing direction: ltr (the default) or rtl.")
    String dir;

    @Option(names = "--position", description = "Its place in the list of editions.")
    Integer position;

    @Option(names = "--default", description = "Serve it at / instead of the current default.")
    boolean makeDefault;

    /** The options as the edition form the newsroom's page also fills (decision 0079). */
    EditionForm form(String code) {
      return new EditionForm(
          code,
          Optional.ofNullable(name),
          Optional.ofNullable(prefix),
          Optional.ofNullable(host),
          Optional.ofNullable(zone),
          Optional.ofNullable(datePattern),
          Optional.ofNullable(datelineStyle),
          Optional.ofNullable(dir),
          Optional.ofNullable(position).map(String::valueOf),
          makeDefault);
    }
  }

  /** {@code edition add CODE --name … --prefix … --zone … --date-pattern … --dateline-style …}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a language edition; CODE is its BCP 47 language tag (ko, zh-Hans, ar).")
  public static final class Add extends Fields implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(index = "0", paramLabel = "CODE", description = "BCP 47 language tag.")
    String code;

    @Override
    public Integer call() {
      try (Wiring wiring = wiring(data)) {
        Edition e;
        try {
          e = wiring.editions().add(form(code), "command line");
        } catch (RuntimeException bad) {
          System.err.println("edition not added: " + bad.getMessage());
          return 2;
        }
        System.out.println(line(e));
      }
      return 0;
    }
  }

  /** {@code edition set CODE [--name …] [--prefix …] … [--default]}. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = "Change a language edition's fields; its code stays.")
  public static final class Set extends Fields implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(index = "0", paramLabel = "CODE", description = "The edition's code.")
    String code;

    @Override
    public Integer call() {
      try (Wiring wiring = wiring(data)) {
        Edition e;
        try {
          e = wiring.editions().set(form(code), "command line");
        } catch (RuntimeException bad) {
          System.err.println("edition not changed: " + bad.getMessage());
          return 2;
        }
        System.out.println(line(e));
      }
      return 0;
    }
  }
}
