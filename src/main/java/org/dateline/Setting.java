package org.dateline;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.shared.Cidr;
import org.dateline.storage.StoreUrl;

/**
 * One setting of {@link ConfigLoader}: its key in the file (and flag name), its environment
 * variable, and the check that turns its text into a value or refuses it with what it must be. The
 * checks are the same whichever source the text came from.
 */
enum Setting {
  DATA("data", Setting::path),
  HOST("host", Setting::host),
  PORT("port", Setting::port),
  BASE_URL("base_url", Setting::url),
  AGENCY_DOMAIN("agency_domain", Setting::domain),
  AGENCY_SINCE("agency_since", Setting::year),
  LOG_FORMAT("log_format", Setting::logFormat),
  SHUTDOWN_GRACE("shutdown_grace_seconds", t -> seconds(t, 600)),
  IDLE_COLLECTION("idle_collection_seconds", t -> seconds(t, 3600)),
  TRUSTED_PROXIES("proxy.trusted", Setting::ranges),
  METRICS_ALLOW("metrics.allow", Setting::ranges),
  WEBHOOKS_ALLOW("webhooks.allow", Setting::ranges),
  INGEST_ALLOW("ingest.allow", Setting::ranges),
  CDN_S_MAXAGE("cdn.s_maxage", t -> seconds(t, 31_536_000)),
  CDN_STALE("cdn.stale_while_revalidate", t -> seconds(t, 31_536_000)),
  PURGE_URL("cdn.purge_url", Setting::url),
  PURGE_TOKEN("cdn.purge_token", Setting::token),
  DB_URL("db_url", Setting::store);

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

  /** Whether the value is a secret, never echoed in an error. */
  boolean hidden() {
    return this == PURGE_TOKEN || this == DB_URL;
  }

  static Optional<Setting> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** A value that cannot be used, with what it must be. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
    }
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
