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

  /** {@code subscriber add NAME [--sections a,b] [--languages en,ko] [--webhook URL]}. */
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

    @Option(names = "--languages", description = "Language codes, comma-separated (default: all).")
    String languages;

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
                        list(languages),
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
          System.out.println(
              String.join(
                  "\t",
                  s.name(),
                  s.state().code(),
                  s.keyPrefix() + "…",
                  s.sections().isEmpty() ? "all sections" : String.join(",", s.sections()),
                  s.languages().isEmpty() ? "all languages" : String.join(",", s.languages()),
                  String.join(",", s.formats()),
                  s.webhookUrl().orElse("no webhook")));
        }
        return 0;
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
