package org.dateline;

import org.dateline.cli.BackupCommand;
import org.dateline.cli.EditionCommand;
import org.dateline.cli.FeedbackCommand;
import org.dateline.cli.GenerateCommand;
import org.dateline.cli.ImportCommand;
import org.dateline.cli.IncomingCommand;
import org.dateline.cli.KillCommand;
import org.dateline.cli.ProviderCommand;
import org.dateline.cli.ReindexCommand;
import org.dateline.cli.RestoreCommand;
import org.dateline.cli.ServeCommand;
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
    System.exit(new CommandLine(new App()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
