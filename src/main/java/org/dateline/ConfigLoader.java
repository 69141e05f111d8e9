package org.dateline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.shared.Cidr;
import org.dateline.storage.StoreUrl;

/**
 * Builds the server's {@link Config} from three sources, each overriding the one before: the
 * configuration file ({@code --config dateline.toml}), the environment ({@code DATELINE_*}) and the
 * command line's flags. Every value is checked where it comes from, and every bad one is reported
 * at once, one line each, naming its source, its key and the text as given; an unknown key in the
 * file is an error, an unknown {@code DATELINE_*} variable a warning (decision 0060).
 */
public final class ConfigLoader {
  /** Variables the launcher script reads itself, not settings. */
  private static final List<String> LAUNCHER_VARIABLES = List.of("DATELINE_JAVA_OPTS");

  /** One setting: its key in the file (and flag name), and how its text becomes a value. */
  enum Setting {
    DATA("data", ConfigLoader::path),
    HOST("host", ConfigLoader::host),
    PORT("port", ConfigLoader::port),
    BASE_URL("base_url", ConfigLoader::url),
    AGENCY_DOMAIN("agency_domain", ConfigLoader::domain),
    AGENCY_SINCE("agency_since", ConfigLoader::year),
    LOG_FORMAT("log_format", ConfigLoader::logFormat),
    SHUTDOWN_GRACE("shutdown_grace_seconds", t -> seconds(t, 600)),
    TRUSTED_PROXIES("proxy.trusted", ConfigLoader::ranges),
    METRICS_ALLOW("metrics.allow", ConfigLoader::ranges),
    WEBHOOKS_ALLOW("webhooks.allow", ConfigLoader::ranges),
    INGEST_ALLOW("ingest.allow", ConfigLoader::ranges),
    CDN_S_MAXAGE("cdn.s_maxage", t -> seconds(t, 31_536_000)),
    CDN_STALE("cdn.stale_while_revalidate", t -> seconds(t, 31_536_000)),
    PURGE_URL("cdn.purge_url", ConfigLoader::url),
    PURGE_TOKEN("cdn.purge_token", ConfigLoader::token),
    DB_URL("db_url", ConfigLoader::store);

    final String key;
    final Function<String, Object> parse;

    Setting(String key, Function<String, Object> parse) {
      this.key = key;
      this.parse = parse;
    }

    /** {@code proxy.trusted} → {@code DATELINE_PROXY_TRUSTED}. */
    String env() {
      return "DATELINE_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    static Optional<Setting> byKey(String key) {
      return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
  }

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

  /** A value that cannot be used, with what it must be. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
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
    file.ifPresent(loader::readFile);
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

  private void readFile(Path file) {
    String name = file.toString();
    JsonNode root;
    try {
      root = new TomlMapper().readTree(Files.readString(file));
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(name + ": no such configuration file");
      return;
    } catch (IOException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
      problems.add(name + ": not a TOML file we can read: " + why);
      return;
    }
    Map<String, JsonNode> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    flat.forEach(
        (key, node) -> {
          Optional<Setting> setting = Setting.byKey(key);
          if (setting.isEmpty()) {
            problems.add(
                name
                    + ": unknown setting \""
                    + key
                    + "\" (known: "
                    + Arrays.stream(Setting.values())
                        .map(s -> s.key)
                        .collect(Collectors.joining(", "))
                    + ")");
            return;
          }
          String text;
          if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            text = String.join(",", items);
          } else if (node.isValueNode()) {
            text = node.asText();
          } else {
            problems.add(name + ": " + key + " must be a value, not a table");
            return;
          }
          take(setting.get(), text, name + ": " + key);
        });
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !prefix.equals("proxy.trusted") && !prefix.equals("metrics.allow")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(prefix, node);
    }
  }

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
    } catch (Refused e) {
      String shown =
          setting == Setting.PURGE_TOKEN || setting == Setting.DB_URL
              ? "(hidden)"
              : "\"" + text + "\"";
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
            get(Setting.INGEST_ALLOW, d.ingestAllow()));
    return new Config(
        get(Setting.DATA, Path.of("./data")),
        host,
        port,
        base.map(URI::toString).orElseGet(() -> Config.defaultBaseUrl(host, port)),
        Optional.empty(),
        ops,
        optional(Setting.DB_URL));
  }

  private static Object store(String text) {
    try {
      return StoreUrl.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refused(String.valueOf(e.getMessage()));
    }
  }

  private static Object path(String text) {
    if (text.isBlank()) {
      throw new Refused("a folder is needed");
    }
    try {
      return Path.of(text.strip());
    } catch (java.nio.file.InvalidPathException e) {
      throw new Refused("not a usable path (" + e.getReason() + ")");
    }
  }

  private static Object host(String text) {
    String t = text.strip();
    if (Cidr.literal(t) == null && !t.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})")) {
      throw new Refused("not an address or host name to listen on");
    }
    return t;
  }

  private static Object port(String text) {
    String t = text.strip();
    if (!t.matches("[0-9]{1,5}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > 65535) {
      throw new Refused("not a port number (1 to 65535)");
    }
    return Integer.parseInt(t);
  }

  private static Object url(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new Refused("not an absolute http:// or https:// URL without query or fragment");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Refused("not a URL (" + e.getReason() + ")");
    }
  }

  private static Object domain(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!t.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
      throw new Refused("not a domain name such as news.example");
    }
    return t;
  }

  private static Object year(String text) {
    if (!text.strip().matches("(19|20|21)[0-9]{2}")) {
      throw new Refused("not a year such as 2026");
    }
    return text.strip();
  }

  private static Object logFormat(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!t.equals("text") && !t.equals("json")) {
      throw new Refused("must be text or json");
    }
    return t;
  }

  private static Object seconds(String text, int max) {
    String t = text.strip();
    if (!t.matches("[0-9]{1,9}") || Integer.parseInt(t) > max) {
      throw new Refused("not a number of seconds (0 to " + max + ")");
    }
    return Integer.parseInt(t);
  }

  private static Object ranges(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      if (Cidr.parse(part).isEmpty()) {
        throw new Refused(
            "\"" + part.strip() + "\" is not an IP address or CIDR range (10.0.0.0/8, ::1)");
      }
      out.add(part.strip());
    }
    return List.copyOf(out);
  }

  private static Object token(String text) {
    if (text.isBlank() || text.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new Refused("must be printable ASCII without spaces");
    }
    return text.strip();
  }
}
