package org.dateline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.AuthFailed;
import org.dateline.newsroom.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages newsroom accounts from the command line. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage newsroom accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
public final class UserCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * {@code user add --role ROLE EMAIL}: password from standard input, or generated and printed
   * once.
   */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create an account. The password is read from standard input (one line); without input, one is generated and printed once.")
  public static final class Add implements Callable<Integer> {
    @Mixin DataOption data;

    @Option(names = "--role", required = true, description = "reporter, editor or admin")
    String role;

    @Option(
        names = "--name",
        description = "Display name (default: the part of the email before @).")
    String name;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Override
    public Integer call() throws IOException {
      Role r;
      try {
        r = Role.ofCode(role);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      String password = null;
      if (System.console() == null) {
        password =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      }
      boolean generated = password == null || password.isEmpty();
      try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
        String chosen =
            password == null || generated ? wiring.users().generatePassword() : password;
        var user = wiring.users().add(email, name, r, chosen);
        System.out.println(
            "Created " + user.role().code() + " " + user.email() + " (" + user.name() + ")");
        if (generated) {
          System.out.println("Password (shown once): " + chosen);
        }
        return 0;
      } catch (AuthFailed e) {
        System.err.println(e.getMessage());
        return 1;
      }
    }
  }

  /** Lists accounts. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
  public static final class ListUsers implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
        for (var u : wiring.users().all()) {
          System.out.printf(
              "%-8s %-40s %s%s%n",
              u.role().code(), u.email(), u.name(), u.active() ? "" : " (inactive)");
        }
      }
      return 0;
    }
  }
}
