package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.Config;
import org.dateline.ConfigLoader;
import org.dateline.ingest.Incoming;
import org.dateline.web.RequestBodies;
import org.dateline.web.newsroom.PhotoUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code docs/DEPLOY.md} and the files it shows under {@code deploy/} true: they are read
 * through the real {@link ConfigLoader} and compared with the application's own limits.
 */
class DeployFilesTest {
  private static final Path DOC = Path.of("docs/DEPLOY.md");
  private static final Path NODE_A = Path.of("deploy/dateline-node-a.toml");
  private static final Path NODE_B = Path.of("deploy/dateline-node-b.toml");
  private static final Path ENV_FILE = Path.of("deploy/systemd/dateline.env.example");
  private static final Path UNIT = Path.of("deploy/systemd/dateline@.service");
  private static final Path NGINX = Path.of("deploy/nginx/dateline.conf");

  @Test
  void each_node_file_loads_through_the_config_loader_with_the_values_the_doc_states() {
    for (Path node : List.of(NODE_A, NODE_B)) {
      // given the node's file alone, when it is loaded as `serve --config` does
      ConfigLoader.Loaded loaded = ConfigLoader.load(Optional.of(node), Map.of(), Map.of());
      Config config = loaded.config();
      // then it is accepted without a warning and says what DEPLOY.md says
      assertThat(loaded.warnings()).as(node.toString()).isEmpty();
      assertThat(config.port()).as(node + " port").isEqualTo(8080);
      assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/dateline"));
      assertThat(config.baseUrl()).isEqualTo("https://news.example");
      assertThat(config.database()).as(node + " db_url").isPresent();
      assertThat(config.database().get().jdbcUrl())
          .isEqualTo("jdbc:postgresql://10.0.1.20:5432/dateline");
      assertThat(config.database().get().user()).contains("dateline_app");
      assertThat(config.database().get().password()).as("no password in the file").isEmpty();
      assertThat(config.ops().trustedProxies()).as(node + " proxy.trusted").contains("10.0.1.10");
      assertThat(config.ops().metricsAllow()).contains("10.0.1.30");
      assertThat(config.ops().logFormat()).isEqualTo("json");
      assertThat(config.ops().shutdownGrace().toSeconds()).isEqualTo(30);
      assertThat(config.ops().purgeUrl()).isPresent();
      assertThat(config.agencyDomain()).isEqualTo("news.example");
    }
  }

  @Test
  void the_two_nodes_differ_only_in_the_address_they_listen_on_and_nginx_sends_to_both() {
    Config a = ConfigLoader.load(Optional.of(NODE_A), Map.of(), Map.of()).config();
    Config b = ConfigLoader.load(Optional.of(NODE_B), Map.of(), Map.of()).config();

    assertThat(a.host()).isNotEqualTo(b.host());
    assertThat(a).usingRecursiveComparison().ignoringFields("host").isEqualTo(b);
    assertThat(upstreamServers(read(NGINX)))
        .containsExactly(a.host() + ":" + a.port(), b.host() + ":" + b.port());
  }

  @Test
  void the_environment_file_sets_only_known_variables_and_adds_the_password() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : read(ENV_FILE).lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        env.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    assertThat(env).containsKeys("DATELINE_DB_URL", "DATELINE_CDN_PURGE_TOKEN");

    ConfigLoader.Loaded loaded = ConfigLoader.load(Optional.of(NODE_A), env, Map.of());

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.config().database().get().password()).contains("CHANGE-ME");
    assertThat(loaded.config().ops().purgeToken()).contains("CHANGE-ME");
  }

  @Test
  void every_setting_named_in_the_deploy_doc_is_one_the_config_loader_knows(@TempDir Path tmp)
      throws IOException {
    String doc = read(DOC);
    // given every DATELINE_* variable the doc names, when each is given (blank) to the loader
    Set<String> variables = new LinkedHashSet<>();
    Matcher m = Pattern.compile("DATELINE_[A-Z_]+").matcher(doc);
    while (m.find()) {
      variables.add(m.group());
    }
    assertThat(variables).contains("DATELINE_DB_URL", "DATELINE_PROXY_TRUSTED");
    for (String variable : variables) {
      List<String> warnings =
          ConfigLoader.load(Optional.empty(), Map.of(variable, " "), Map.of()).warnings();
      // then none is an unknown variable
      assertThat(warnings).as(variable).isEmpty();
    }

    // and every key of the doc's settings table is a file key the loader takes, with its variable
    Map<String, String> table = settingsTable(doc);
    assertThat(table).isNotEmpty();
    for (Map.Entry<String, String> row : table.entrySet()) {
      Path file = tmp.resolve("one.toml");
      Files.writeString(file, row.getKey() + " = \"\"\n", StandardCharsets.UTF_8);
      List<String> problems = problems(file);
      assertThat(problems).as(row.getKey()).noneMatch(p -> p.contains("unknown setting"));
      assertThat(row.getValue())
          .isEqualTo("DATELINE_" + row.getKey().replace('.', '_').toUpperCase(Locale.ROOT));
    }

    // and the table lists every setting the loader knows (its own list, in its error message)
    Path bogus = tmp.resolve("bogus.toml");
    Files.writeString(bogus, "no_such_setting = 1\n", StandardCharsets.UTF_8);
    String message = problems(bogus).get(0);
    String known = message.substring(message.indexOf("(known: ") + 8, message.lastIndexOf(')'));
    assertThat(table.keySet()).containsExactlyInAnyOrder(known.split(", "));
  }

  @Test
  void nginx_body_limits_are_never_below_what_the_application_accepts() throws Exception {
    Map<String, Long> limits = bodyLimits(read(NGINX));
    long storyBytes = constant("org.dateline.web.newsroom.NewsroomRoutes", "STORY_BYTES");

    assertThat(limits.get("server")).isGreaterThanOrEqualTo(RequestBodies.FORM_LIMIT);
    assertThat(limits.get("/newsroom/")).isGreaterThanOrEqualTo(storyBytes);
    assertThat(limits.get("= /newsroom/photos"))
        .isGreaterThanOrEqualTo(PhotoUpload.MAX_REQUEST_BYTES);
    assertThat(limits.get("/ingest/")).isGreaterThanOrEqualTo((long) Incoming.MAX_BYTES);
    assertThat(limits.values().stream().mapToLong(Long::longValue).max().orElseThrow())
        .as("the largest body the application accepts: a photo upload")
        .isGreaterThanOrEqualTo(PhotoUpload.MAX_REQUEST_BYTES);
  }

  @Test
  void the_wire_long_poll_outlasts_its_longest_wait_at_nginx() throws Exception {
    long maxWait = constant("org.dateline.web.wire.WireApi", "MAX_WAIT_SECONDS");
    Matcher wire =
        Pattern.compile("location /wire/ \\{[^}]*proxy_read_timeout (\\d+)s;").matcher(read(NGINX));

    assertThat(wire.find()).as("a proxy_read_timeout in location /wire/").isTrue();
    assertThat(Long.parseLong(wire.group(1))).isGreaterThan(maxWait);
  }

  @Test
  void systemd_waits_longer_than_the_shutdown_grace_and_starts_the_node_files() {
    String unit = read(UNIT);
    Matcher stop = Pattern.compile("(?m)^TimeoutStopSec=(\\d+)$").matcher(unit);
    assertThat(stop.find()).isTrue();
    long timeoutStop = Long.parseLong(stop.group(1));

    for (Path node : List.of(NODE_A, NODE_B)) {
      Config config = ConfigLoader.load(Optional.of(node), Map.of(), Map.of()).config();
      assertThat(timeoutStop).isGreaterThan(config.ops().shutdownGrace().toSeconds());
    }
    assertThat(unit)
        .contains("serve --config /etc/dateline/dateline-node-%i.toml")
        .contains("EnvironmentFile=/etc/dateline/dateline.env");
  }

  private static List<String> problems(Path file) {
    try {
      ConfigLoader.load(Optional.of(file), Map.of(), Map.of());
      return List.of();
    } catch (ConfigLoader.Invalid e) {
      return e.problems();
    }
  }

  /** The doc's settings table: rows whose first cell is a `key` and second a `DATELINE_*`. */
  private static Map<String, String> settingsTable(String doc) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `([a-z_.]+)` \\| `(DATELINE_[A-Z_]+)` \\|").matcher(doc);
    while (row.find()) {
      rows.put(row.group(1), row.group(2));
    }
    return rows;
  }

  /** The {@code server host:port} lines of the first upstream block. */
  private static List<String> upstreamServers(String nginx) {
    Matcher block = Pattern.compile("upstream \\w+ \\{([^}]*)\\}").matcher(nginx);
    assertThat(block.find()).isTrue();
    List<String> servers = new ArrayList<>();
    Matcher server = Pattern.compile("(?m)^\\s*server (\\S+?)[ ;]").matcher(block.group(1));
    while (server.find()) {
      servers.add(server.group(1));
    }
    return servers;
  }

  /** Each {@code client_max_body_size} by where it is: "server" or the location's pattern. */
  private static Map<String, Long> bodyLimits(String nginx) {
    Map<String, Long> limits = new LinkedHashMap<>();
    Pattern location = Pattern.compile("^\\s*location (.+?) \\{");
    Pattern size = Pattern.compile("^\\s*client_max_body_size (\\d+)([kKmM]?);");
    String where = "server";
    for (String line : nginx.lines().toList()) {
      Matcher l = location.matcher(line);
      if (l.find()) {
        where = l.group(1);
      } else if (line.strip().equals("}")) {
        where = "server";
      }
      Matcher s = size.matcher(line);
      if (s.find()) {
        long unit =
            switch (s.group(2).toLowerCase(Locale.ROOT)) {
              case "k" -> 1024L;
              case "m" -> 1024L * 1024;
              default -> 1L;
            };
        limits.put(where, Long.parseLong(s.group(1)) * unit);
      }
    }
    return limits;
  }

  /** A constant of the application that is not public, read where it is defined. */
  private static long constant(String className, String field) throws ReflectiveOperationException {
    var f = Class.forName(className).getDeclaredField(field);
    f.setAccessible(true);
    return ((Number) f.get(null)).longValue();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
