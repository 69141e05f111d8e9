package org.dateline;

import java.io.PrintWriter;
import org.dateline.cli.BackupCommand;
import org.dateline.cli.EditionCommand;
import org.dateline.cli.FeedbackCommand;
import org.dateline.cli.FingerprintsCommand;
import org.dateline.cli.GenerateCommand;
import org.dateline.cli.ImportCommand;
import org.dateline.cli.IncomingCommand;
import org.dateline.cli.KillCommand;
import org.dateline.cli.ProviderCommand;
import org.dateline.cli.ReindexCommand;
import org.dateline.cli.RestoreCommand;
import org.dateline.cli.ServeArgs;
import org.dateline.cli.ServeCommand;
import org.dateline.cli.Serving;
import org.dateline.cli.SubscriberCommand;
import org.dateline.cli.TrainCommand;
import org.dateline.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line: serve the site, import stories, read feedback. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    version = "Dateline 0.1.0",
    description = "Newsroom, public site and wire for news agencies.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      FeedbackCommand.class,
      EditionCommand.class,
      KillCommand.class,
      GenerateCommand.class,
      ReindexCommand.class,
      FingerprintsCommand.class,
      UserCommand.class,
      SubscriberCommand.class,
      ProviderCommand.class,
      IncomingCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class App implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // serve blocks until the process is stopped; every other command returns its exit code.
    // serve's usual options are read without picocli (decision 0105); the rest as before.
    ServeArgs quick = isServe(args) ? ServeArgs.read(tail(args)) : null;
    System.exit(
        quick != null
            ? serve(quick)
            : commandLine(args).execute(isServe(args) ? tail(args) : args));
  }

  /** Serves as picocli's {@code execute} would: a failure's stack trace on stderr, exit code 1. */
  private static int serve(ServeArgs args) {
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      return Serving.run(args, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (RuntimeException e) {
      e.printStackTrace(err);
      return 1;
    }
  }

  /**
   * The command line that runs {@code args}: for {@code serve}, that command alone, named {@code
   * dateline serve} as in the whole tree (a start need not build the other commands' models:
   * picocli reads every command's annotations by reflection, about 0.4 s of CPU, decision 0095);
   * for any other command the whole tree. Execute it with {@code args} without {@code serve}.
   */
  public static CommandLine commandLine(String... args) {
    if (isServe(args)) {
      return new CommandLine(new ServeCommand()).setCommandName("dateline serve");
    }
    return new CommandLine(new App());
  }

  private static boolean isServe(String... args) {
    return args.length > 0 && args[0].equals("serve");
  }

  private static String[] tail(String... args) {
    return java.util.Arrays.copyOfRange(args, 1, args.length);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
