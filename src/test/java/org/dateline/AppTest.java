package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code serve} runs on a command line of its own (decision 0095): it must answer exactly as the
 * whole command tree does, in its help, its errors and their exit codes.
 */
class AppTest {
  private record Said(int code, String out, String err) {}

  private static Said run(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int code = line.execute(args);
    return new Said(code, out.toString(), err.toString());
  }

  private static Said alone(String... serveArgs) {
    String[] args = new String[serveArgs.length + 1];
    args[0] = "serve";
    System.arraycopy(serveArgs, 0, args, 1, serveArgs.length);
    CommandLine line = App.commandLine(args);
    assertThat(line.getCommandName()).isEqualTo("dateline serve");
    return run(line, serveArgs);
  }

  private static Said inTheTree(String... serveArgs) {
    String[] args = new String[serveArgs.length + 1];
    args[0] = "serve";
    System.arraycopy(serveArgs, 0, args, 1, serveArgs.length);
    return run(new CommandLine(new App()), args);
  }

  @Test
  void serve_alone_helps_as_in_the_whole_tree() {
    Said alone = alone("--help");
    assertThat(alone).isEqualTo(inTheTree("--help"));
    assertThat(alone.out()).contains("Usage: dateline serve", "--port", "--data", "--config");
  }

  @Test
  void serve_alone_refuses_a_bad_option_as_in_the_whole_tree() {
    Said alone = alone("--no-such-option");
    assertThat(alone).isEqualTo(inTheTree("--no-such-option"));
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.err()).contains("Unknown option: '--no-such-option'", "Usage: dateline serve");
    assertThat(alone("--port")).isEqualTo(inTheTree("--port"));
  }

  @Test
  void other_commands_get_the_whole_tree() {
    assertThat(App.commandLine("import", "x").getSubcommands()).containsKey("serve");
    assertThat(App.commandLine().getSubcommands()).containsKey("import");
    assertThat(App.commandLine("--help").getCommandName()).isEqualTo("dateline");
  }
}
