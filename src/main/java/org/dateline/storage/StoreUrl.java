package org.dateline.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a PostgreSQL store is: {@code postgresql://user:password@host:port/database?options} (the
 * libpq form; {@code postgres://} and {@code jdbc:postgresql://} are taken too), as given by {@code
 * --db} or {@code DATELINE_DB_URL}. The user and password travel apart from the JDBC URL, so the
 * password never shows in a log line or an error message ({@link #toString}). Immutable.
 */
public record StoreUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

  /** Reads {@code url}; a value that is not a PostgreSQL URL gets one clear message. */
  public static StoreUrl parse(String url) {
    String text = url == null ? "" : url.strip();
    String rest;
    if (text.startsWith("jdbc:postgresql://")) {
      rest = text.substring("jdbc:postgresql://".length());
    } else if (text.startsWith("postgresql://")) {
      rest = text.substring("postgresql://".length());
    } else if (text.startsWith("postgres://")) {
      rest = text.substring("postgres://".length());
    } else {
      throw new IllegalArgumentException(
          "The database URL must look like postgresql://user:password@host:5432/dateline"
              + " (leave it out for the embedded SQLite store in the data folder); got \""
              + redacted(text)
              + "\".");
    }
    URI uri;
    try {
      uri = new URI("postgresql://" + rest);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The database URL \"" + redacted(text) + "\" is not a valid URL: " + e.getReason() + ".",
          e);
    }
    String host = uri.getHost();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (host == null || path.length() < 2) {
      throw new IllegalArgumentException(
          "The database URL \""
              + redacted(text)
              + "\" needs a host and a database name, e.g. postgresql://dateline@db:5432/dateline.");
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String info = uri.getRawUserInfo();
    if (info != null && !info.isEmpty()) {
      int colon = info.indexOf(':');
      user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon)));
      password = colon < 0 ? Optional.empty() : Optional.of(decode(info.substring(colon + 1)));
    }
    String jdbc =
        "jdbc:postgresql://"
            + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new StoreUrl(jdbc, user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with its password replaced by {@code ***}, for messages. */
  static String redacted(String url) {
    return url.replaceFirst("(//[^:/@]*:)[^@/]*@", "$1***@");
  }

  @Override
  public String toString() {
    return jdbcUrl + user.map(u -> " as " + u).orElse("");
  }
}
