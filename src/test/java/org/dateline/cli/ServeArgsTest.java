package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * serve's quick reading of its options (decision 0105) gives what picocli gives, and leaves to
 * picocli every form it does not read exactly as picocli would.
 */
class ServeArgsTest {
  private static ServeArgs byPicocli(String... args) {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args);
    return command.args();
  }

  @Test
  void the_usual_forms_read_as_picocli_reads_them() {
    List<String[]> forms =
        List.of(
            new String[] {},
            new String[] {"--demo"},
            new String[] {"--data", "/tmp/store", "--port", "8081", "--host", "0.0.0.0"},
            new String[] {"--data=/srv/데이터", "--port=80", "--demo"},
            new String[] {"--config", "dateline.toml", "--db", "postgresql://u:p@h:5432/news"},
            new String[] {"--db=postgresql://h/d", "--config=/etc/dateline.toml"},
            new String[] {"--demo", "--dev"},
            new String[] {"--dev", "--demo"},
            new String[] {"--dev=/home/me/dateline", "--host", "localhost"},
            new String[] {"--port", "not a port"},
            new String[] {"--host", "東京.example"});
    for (String[] args : forms) {
      ServeArgs quick = ServeArgs.read(args);
      assertThat(quick).as(String.join(" ", args)).isNotNull().isEqualTo(byPicocli(args));
    }
  }

  @Test
  void without_data_the_folder_is_the_default_and_not_given() {
    ServeArgs quick = ServeArgs.read("--demo");
    assertThat(quick).isNotNull();
    assertThat(quick.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(quick.dataGiven()).isFalse();
    assertThat(ServeArgs.read("--data", "./data").dataGiven()).isTrue();
  }

  @Test
  void every_other_form_is_left_to_picocli() {
    List<String[]> forms =
        List.of(
            new String[] {"--help"},
            new String[] {"-h"},
            new String[] {"--version"},
            new String[] {"--no-such-option"},
            new String[] {"--port"},
            new String[] {"--port", "--demo"},
            new String[] {"--port", "80", "--port", "81"},
            new String[] {"--port=80", "--port", "81"},
            new String[] {"--demo", "--demo"},
            new String[] {"--demo=true"},
            new String[] {"--dev", "checkout"},
            new String[] {"--dev="},
            new String[] {"--data", ""},
            new String[] {"--data", "x\0y"},
            new String[] {"@args.txt"},
            new String[] {"--", "--demo"},
            new String[] {"stray"});
    for (String[] args : forms) {
      assertThat(ServeArgs.read(args)).as(String.join(" ", args)).isNull();
    }
  }
}
