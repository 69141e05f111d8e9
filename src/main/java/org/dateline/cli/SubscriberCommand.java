package org.dateline.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages the wire's subscribers from the command line; keys are printed once. */
@Command(
    name = "subscriber",
    mixinStandardHelpOptions = true,
    description = "Manage the wire's subscribers.",
    subcommands = {
      SubscriberCommand.Add.class,
      SubscriberCommand.ListSubscribers.class,
      SubscriberCommand.SetSubscriber.class,
      SubscriberCommand.Revoke.class,
      SubscriberCommand.Rotate.class
    })
public final class SubscriberCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  private static Wiring wiring(DataOption data) {
    return new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC());
  }

  private static void printIssued(Issued issued) {
    System.out.println(
        "subscriber " + issued.subscriber().name() + " (id " + issued.subscriber().id() + ")");
    System.out.println("api key:        " + issued.apiKey());
    System.out.println("webhook secret: " + issued.webhookSecret());
    System.out.println("Both are shown only now; store them safely.");
  }

  private static List<String> list(String commaSeparated) {
    return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
  }

  /** A list option of {@code set}: absent keeps {@code old}; {@code all} or empty means all. */
  private static List<String> listOr(String commaSeparated, List<String> old) {
    if (commaSeparated == null) {
      return old;
    }
    return commaSeparated.isBlank() || commaSeparated.strip().equals("all")
        ? List.of()
        : list(commaSeparated);
  }

  /** {@code subscriber add NAME [--sections a,b] [--editions en,ko] [--webhook URL]}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a subscriber; prints its API key and webhook secret once.")
  public static final class Add implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--sections",
        description = "Section slugs or names, comma-separated (default: all).")
    String sections;

    @Option(
        names = {"--editions", "--languages"},
        description =
            "Edition codes, comma-separated (default: all). --languages is the old name of it.")
    String editions;

    @Option(names = "--formats", description = "ninjs,newsmlg2 (default: both).")
    String formats;

    @Option(names = "--webhook", description = "The http(s) URL webhooks are sent to.")
    String webhook;

    @Option(names = "--contact", description = "Who to call about it.")
    String contact;

    @Option(
        names = "--rate",
        description = "Requests a second allowed (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + SubscriberForm.DEFAULT_RATE)
    int rate;

    @Override
    public Integer call() {
      try (Wiring w = wiring(data)) {
        printIssued(
            w.subscribers()
                .add(
                    new SubscriberForm(
                        name,
                        contact,
                        list(sections),
                        list(editions),
                        list(formats),
                        Optional.ofNullable(webhook),
                        rate)));
        return 0;
      } catch (SubscriberRefused e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code subscriber list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscribers.")
  public static final class ListSubscribers implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Wiring w = wiring(data)) {
        for (Subscriber s : w.subscribers().all()) {
          System.out.println(line(w, s));
        }
        return 0;
      }
    }
  }

  /**
   * {@code subscriber set NAME [--editions en,ko] [--sections a,b] [--webhook URL] ...}: changes
   * what is given and keeps the rest; {@code all} (or nothing) for editions or sections means all,
   * {@code none} (or nothing) for the webhook removes it.
   */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = "Change a subscriber's editions, sections, webhook, formats, contact or rate.")
  public static final class SetSubscriber implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--editions",
        description = "Edition codes, comma-separated; all for every one.")
    String editions;

    @Option(
        names = "--sections",
        description = "Section slugs or names, comma-separated; all for every one.")
    String sections;

    @Option(names = "--formats", description = "ninjs,newsmlg2.")
    String formats;

    @Option(
        names = "--webhook",
        description = "The http(s) URL webhooks are sent to; none for none.")
    String webhook;

    @Option(names = "--contact", description = "Who to call about it.")
    String contact;

    @Option(names = "--rate", description = "Requests a second allowed.")
    Integer rate;

    @Override
    public Integer call() {
      try {
        return withNamed(
            data,
            name,
            (w, s) -> {
              Optional<String> hook =
                  webhook == null
                      ? s.webhookUrl()
                      : Optional.of(webhook.strip()).filter(u -> !u.isEmpty() && !u.equals("none"));
              Subscriber changed =
                  w.subscribers()
                      .update(
                          s.id(),
                          new SubscriberForm(
                              s.name(),
                              contact == null ? s.contact() : contact,
                              listOr(sections, s.sections()),
                              listOr(editions, s.editions()),
                              formats == null ? s.formats() : list(formats),
                              hook,
                              rate == null ? s.ratePerSecond() : rate));
              System.out.println(line(w, changed));
            });
      } catch (SubscriberRefused e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code subscriber revoke NAME}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Refuse the subscriber's key from now on and stop its webhooks.")
  public static final class Revoke implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return withNamed(
          data,
          name,
          (w, s) -> {
            w.subscribers().revoke(s.id());
            System.out.println("revoked " + s.name());
          });
    }
  }

  /** {@code subscriber rotate NAME}. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = "Issue a new API key and webhook secret (the old key is refused at once).")
  public static final class Rotate implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return withNamed(data, name, (w, s) -> printIssued(w.subscribers().rotate(s.id())));
    }
  }

  /** One subscriber as {@code list} prints it: tab-separated. */
  private static String line(Wiring w, Subscriber s) {
    return String.join(
        "\t",
        s.name(),
        s.state().code(),
        s.keyPrefix() + "…",
        s.sections().isEmpty() ? "all sections" : String.join(",", s.sections()),
        s.editions().isEmpty() ? "all editions" : String.join(",", w.subscribers().editionsOf(s)),
        String.join(",", s.formats()),
        s.webhookUrl().orElse("no webhook"));
  }

  /** Runs {@code act} on the subscriber of that name; 1 with a message when there is none. */
  private static int withNamed(
      DataOption data, String name, java.util.function.BiConsumer<Wiring, Subscriber> act) {
    try (Wiring w = wiring(data)) {
      Optional<Subscriber> s = w.subscribers().byName(name);
      if (s.isEmpty()) {
        System.err.println("There is no subscriber named \"" + name + "\".");
        return 1;
      }
      act.accept(w, s.get());
      return 0;
    }
  }
}
