package org.dateline.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.dateline.Wiring;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.dateline.ingest.ProviderForm;
import org.dateline.ingest.ProviderRefused;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages the providers whose feeds come in; a running server follows changes without restart. */
@Command(
    name = "provider",
    mixinStandardHelpOptions = true,
    description = "Manage the partner agencies and bureaus whose feeds come in.",
    subcommands = {
      ProviderCommand.Add.class,
      ProviderCommand.ListProviders.class,
      ProviderCommand.Pause.class,
      ProviderCommand.Resume.class,
      ProviderCommand.Trust.class,
      ProviderCommand.Untrust.class,
      ProviderCommand.Remove.class
    })
public final class ProviderCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static Wiring wiring(DataOption data) {
    return new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC());
  }

  /** Exactly one source. */
  static final class Source {
    @Option(names = "--folder", paramLabel = "DIR", description = "A folder watched for files.")
    String folder;

    @Option(names = "--url", paramLabel = "URL", description = "A feed URL polled on a schedule.")
    String url;

    @Option(names = "--push", description = "The partner pushes to POST /ingest/v1/NAME.")
    boolean push;
  }

  /** {@code provider add NAME --format F (--folder DIR | --url URL [--every 5m] | --push)}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a provider; a push provider's key is printed once.")
  public static final class Add implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description = "ninjs, newsmlg2, rss or seed.")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
        names = "--every",
        paramLabel = "INTERVAL",
        description =
            "How often to look, e.g. 30s, 5m, 1h (default: 5m for a URL, 2s for a folder).")
    String every;

    @Override
    public Integer call() {
      Provider.SourceKind kind =
          source.push
              ? Provider.SourceKind.PUSH
              : source.url != null ? Provider.SourceKind.URL : Provider.SourceKind.FOLDER;
      String where = source.url != null ? source.url : source.folder;
      try (Wiring w = wiring(data)) {
        Incoming.Added added = w.incoming().add(new ProviderForm(name, format, kind, where, every));
        Provider p = added.provider();
        System.out.println(
            "provider " + p.name() + " (" + p.format().word() + ", " + describe(p) + ")");
        added
            .pushKey()
            .ifPresent(
                key -> {
                  System.out.println("push key: " + key);
                  System.out.println("It is shown only now; store it safely.");
                });
        return 0;
      } catch (ProviderRefused e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code provider list}: name, format, source, state, last success and error, items today. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List providers.")
  public static final class ListProviders implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Wiring w = wiring(data)) {
        String today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        for (Provider p : w.incoming().providers()) {
          System.out.println(
              String.join(
                  "\t",
                  p.name(),
                  p.format().word(),
                  describe(p),
                  p.paused() ? "paused" : p.failures() > 0 ? "failing" : "active",
                  "last success " + p.lastSuccess().map(Instant::toString).orElse("never"),
                  "last error "
                      + p.lastErrorAt().map(at -> at + " " + p.lastError()).orElse("none"),
                  p.itemsOn(today) + " items today"));
        }
        return 0;
      }
    }
  }

  /** {@code provider pause NAME}. */
  @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop fetching a feed.")
  public static final class Pause implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return act(data, name, (i, n) -> i.pause(n), "paused ");
    }
  }

  /** {@code provider resume NAME}. */
  @Command(name = "resume", mixinStandardHelpOptions = true, description = "Fetch a feed again.")
  public static final class Resume implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return act(data, name, (i, n) -> i.resume(n), "resumed ");
    }
  }

  /** {@code provider trust NAME}: a routing rule may publish its items at once. */
  @Command(
      name = "trust",
      mixinStandardHelpOptions = true,
      description = "Let routing rules publish this provider's items at once.")
  public static final class Trust implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return act(data, name, (i, n) -> i.trust(n, true), "trusted ");
    }
  }

  /** {@code provider untrust NAME}: its items go through an editor again. */
  @Command(
      name = "untrust",
      mixinStandardHelpOptions = true,
      description = "Rules make drafts of this provider's items instead of publishing them.")
  public static final class Untrust implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return act(data, name, (i, n) -> i.trust(n, false), "not trusted: ");
    }
  }

  /** {@code provider remove NAME}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a provider with its incoming items and log.")
  public static final class Remove implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return act(data, name, (i, n) -> i.remove(n), "removed ");
    }
  }

  private static int act(
      DataOption data, String name, BiConsumer<Incoming, String> action, String done) {
    try (Wiring w = wiring(data)) {
      action.accept(w.incoming(), name);
      System.out.println(done + name);
      return 0;
    } catch (ProviderRefused e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  static String describe(Provider p) {
    return switch (p.kind()) {
      case FOLDER -> "folder " + p.source() + " every " + p.intervalSeconds() + "s";
      case URL -> "url " + p.source() + " every " + p.intervalSeconds() + "s";
      case PUSH -> "push";
    };
  }
}
