package org.dateline;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the server's {@link Config} from three sources, each overriding the one before: the
 * configuration file ({@code --config dateline.toml}), the environment ({@code DATELINE_*}) and the
 * command line's flags. Every value is checked where it comes from, and every bad one is reported
 * at once, one line each, naming its source, its key and the text as given; an unknown key in the
 * file is an error, an unknown {@code DATELINE_*} variable a warning (decision 0060). The file is
 * read by {@link ConfigFile}, each setting's text checked by its {@link Setting}.
 */
public final class ConfigLoader {
  /** Variables the launcher script reads itself, not settings. */
  private static final List<String> LAUNCHER_VARIABLES = List.of("DATELINE_JAVA_OPTS");

  /** The bad values, one message each; nothing was started. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    Invalid(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private final Map<Setting, Object> values = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private ConfigLoader() {}

  /**
   * The configuration from {@code file} (if given), then {@code env}, then {@code flags} (by file
   * key: {@code port}, {@code host}, {@code data}); throws {@link Invalid} listing every bad value.
   */
  public static Loaded load(
      Optional<Path> file, Map<String, String> env, Map<String, String> flags) {
    ConfigLoader loader = new ConfigLoader();
    file.ifPresent(
        f ->
            ConfigFile.read(f, loader.problems)
                .forEach(e -> loader.take(e.setting(), e.text(), e.source())));
    loader.readEnv(env);
    flags.forEach(
        (key, text) ->
            loader.take(
                Setting.byKey(key).orElseThrow(),
                text,
                "db_url".equals(key) ? "--db" : "--" + key.replace('_', '-')));
    if (!loader.problems.isEmpty()) {
      throw new Invalid(loader.problems);
    }
    return new Loaded(loader.config(), List.copyOf(loader.warnings));
  }

  /** A configuration and the warnings met while reading it. */
  public record Loaded(Config config, List<String> warnings) {}

  private void readEnv(Map<String, String> env) {
    Map<String, Setting> byEnv = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      byEnv.put(s.env(), s);
    }
    env.forEach(
        (variable, text) -> {
          if (!variable.startsWith("DATELINE_") || LAUNCHER_VARIABLES.contains(variable)) {
            return;
          }
          Setting setting = byEnv.get(variable);
          if (setting == null) {
            warnings.add("ignoring unknown environment variable " + variable);
          } else if (!text.isBlank()) {
            take(setting, text, variable);
          }
        });
  }

  private void take(Setting setting, String text, String source) {
    try {
      values.put(setting, setting.parse.apply(text));
    } catch (Setting.Refused e) {
      String shown = setting.hidden() ? "(hidden)" : "\"" + text + "\"";
      problems.add(source + " = " + shown + ": " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T get(Setting s, T fallback) {
    return values.containsKey(s) ? (T) values.get(s) : fallback;
  }

  /** The setting's value, or empty when it is not set (the settings without a default). */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> optional(Setting s) {
    return Optional.ofNullable((T) values.get(s));
  }

  private Config config() {
    Config.Ops d = Config.Ops.defaults();
    String host = get(Setting.HOST, "127.0.0.1");
    int port = get(Setting.PORT, 8080);
    Optional<URI> base = optional(Setting.BASE_URL);
    Config.Ops ops =
        new Config.Ops(
            get(Setting.TRUSTED_PROXIES, d.trustedProxies()),
            get(Setting.METRICS_ALLOW, d.metricsAllow()),
            get(Setting.LOG_FORMAT, d.logFormat()),
            Duration.ofSeconds(get(Setting.SHUTDOWN_GRACE, (int) d.shutdownGrace().toSeconds())),
            get(Setting.CDN_S_MAXAGE, d.sharedMaxAge()),
            get(Setting.CDN_STALE, d.staleWhileRevalidate()),
            optional(Setting.PURGE_URL),
            optional(Setting.PURGE_TOKEN),
            optional(Setting.AGENCY_DOMAIN),
            optional(Setting.AGENCY_SINCE),
            get(Setting.WEBHOOKS_ALLOW, d.webhookAllow()),
            get(Setting.INGEST_ALLOW, d.ingestAllow()),
            Duration.ofSeconds(get(Setting.IDLE_COLLECTION, (int) d.idleCollection().toSeconds())));
    return new Config(
        get(Setting.DATA, Path.of("./data")),
        host,
        port,
        base.map(URI::toString).orElseGet(() -> Config.defaultBaseUrl(host, port)),
        Optional.empty(),
        ops,
        optional(Setting.DB_URL));
  }
}
