package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.shared.Hashes;

/**
 * The site's static files (CSS, JS, images) held in memory under fingerprinted URLs such as {@code
 * /static/css/site.3f2a1b9c.css}, so they can be cached for a year. In development mode ({@link
 * #fromSources}) they are read from the source folder at every request instead, under plain URLs
 * such as {@code /static/css/site.css} that browsers revalidate. Thread-safe.
 */
public final class Assets {
  private static final String PACKAGED_CACHING = "public, max-age=31536000, immutable";
  private static final String SOURCE_CACHING = "no-cache";

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
          "js/presence.js",
          "css/dashboard.css");

  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, CachedPage> byUrl = new HashMap<>();

  /** Where development mode reads the files; null for the files packaged in the jar. */
  private final Path sources;

  /** The files packaged in the jar, under fingerprinted URLs. */
  public Assets() {
    this.sources = null;
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

  private Assets(Path sources) {
    this.sources = sources;
    for (String file : FILES) {
      urls.put(file, "/static/" + file);
    }
  }

  /**
   * Development mode: the files of {@link #FILES} read from {@code folder} (a copy of {@code
   * src/main/resources/public}) at every request, so an edit shows on the next page load.
   */
  public static Assets fromSources(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException(
          "development mode reads static files from " + folder + ", which is not a folder");
    }
    return new Assets(folder);
  }

  /** The URL of a file, e.g. {@code url("css/site.css")}: fingerprinted unless in development. */
  public String url(String file) {
    String url = urls.get(file);
    if (url == null) {
      throw new IllegalArgumentException("no such asset: " + file);
    }
    return url;
  }

  /** The asset served at a URL given by {@link #url}, or null. */
  public CachedPage at(String url) {
    if (sources == null) {
      return byUrl.get(url);
    }
    String file = url.startsWith("/static/") ? url.substring("/static/".length()) : "";
    if (!FILES.contains(file)) {
      return null;
    }
    Path path = sources.resolve(file);
    try {
      return CachedPage.of(
          200,
          contentType(file),
          Files.readAllBytes(path),
          Files.getLastModifiedTime(path).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code Cache-Control} of an asset: a year for fingerprinted files, none in development. */
  public String cacheControl() {
    return sources == null ? PACKAGED_CACHING : SOURCE_CACHING;
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
