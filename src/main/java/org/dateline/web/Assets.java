package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.shared.Hashes;

/**
 * The site's static files (CSS, JS, images) held in memory under fingerprinted URLs such as {@code
 * /static/css/site.3f2a1b9c.css}, so they can be cached for a year. Thread-safe.
 */
public final class Assets {
  /** Every static file of the site, under {@code src/main/resources/public/}. */
  static final List<String> FILES =
      List.of(
          "css/site.css",
          "js/site.js",
          "img/logo.svg",
          "img/photo-placeholder.svg",
          "img/favicon.svg",
          "css/newsroom.css",
          "js/editor.js",
          "css/dashboard.css");

  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, CachedPage> byUrl = new HashMap<>();

  public Assets() {
    Instant loaded = Instant.now();
    for (String file : FILES) {
      byte[] bytes = read("public/" + file);
      String hash = Hashes.sha256(bytes).substring(0, 10);
      int dot = file.lastIndexOf('.');
      String url = "/static/" + file.substring(0, dot) + "." + hash + file.substring(dot);
      urls.put(file, url);
      byUrl.put(url, CachedPage.of(200, contentType(file), bytes, loaded));
    }
  }

  /** The fingerprinted URL of a file, e.g. {@code url("css/site.css")}. */
  public String url(String file) {
    String url = urls.get(file);
    if (url == null) {
      throw new IllegalArgumentException("no such asset: " + file);
    }
    return url;
  }

  /** The asset served at a fingerprinted URL, or null. */
  public CachedPage at(String url) {
    return byUrl.get(url);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing asset " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String contentType(String file) {
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (file.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (file.endsWith(".png")) {
      return "image/png";
    } else if (file.endsWith(".jpg") || file.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (file.endsWith(".webp")) {
      return "image/webp";
    }
    return "application/octet-stream";
  }
}
