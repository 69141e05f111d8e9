package org.dateline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dateline.shared.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * The site's static files (CSS, JS, images) held in memory under fingerprinted URLs such as {@code
 * /static/css/site.3f2a1b9c.css}, so they can be cached for a year. In development mode ({@link
 * #fromSources}) they are read from the source folder at every request instead, under plain URLs
 * such as {@code /static/css/site.css} that browsers revalidate. A stylesheet kept in parts ({@link
 * #JOINED}) is served as one file joined from them. Thread-safe.
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
          "js/presence.js",
          "css/editor.css",
          "css/dashboard.css",
          "js/editor/main.js",
          "js/editor/rules.js",
          "js/editor/clean.js",
          "js/editor/defuse.js",
          "js/editor/walk.js",
          "js/editor/blocks.js",
          "js/editor/editor.js",
          "js/editor/state.js",
          "js/editor/selection.js",
          "js/editor/commands.js",
          "js/editor/links.js",
          "js/editor/lines.js",
          "js/editor/ask.js",
          "js/editor/shortcuts.js",
          "js/editor/workflow.js",
          "js/editor/keys.js",
          "js/editor/insert.js",
          "js/editor/focus.js",
          "js/editor/photos.js",
          "js/editor/dialog.js",
          "js/editor/save.js",
          "js/editor/sharing.js");

  /**
   * Stylesheets kept in parts but served as one file, so a page still makes one stylesheet request
   * (decision 0108): the parts are joined in this order, a blank line between two, into the file
   * that {@link #FILES} lists, fingerprinted as a whole; in development mode they are joined at
   * each request. The order is the cascade's: first the part both share ({@code css/shared/},
   * decision 0116), then each one's own.
   */
  static final Map<String, List<String>> JOINED =
      Map.of(
          "css/site.css",
          List.of(
              "css/shared/base.css",
              "css/site/base.css",
              "css/site/masthead.css",
              "css/site/article.css",
              "css/site/lists.css",
              "css/site/errors.css",
              "css/site/article-layout.css",
              "css/site/search.css"),
          "css/newsroom.css",
          List.of(
              "css/shared/base.css",
              "css/newsroom/base.css",
              "css/newsroom/header.css",
              "css/newsroom/messages.css",
              "css/newsroom/forms.css",
              "css/newsroom/desk.css",
              "css/newsroom/story-fields.css"));

  /**
   * Folders of ES modules that import each other by relative URLs ({@code import ... from
   * './rules.js'}). Their files share one fingerprint, put on the folder ({@code
   * /static/js/editor.3f2a1b9c0d/rules.js}), so relative imports resolve to fingerprinted URLs
   * without rewriting the files (docs/decisions/0038).
   */
  static final List<String> MODULE_FOLDERS = List.of("js/editor/");

  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, CachedPage> byUrl = new HashMap<>();

  /** Where development mode reads the files; null for the files packaged in the jar. */
  private final @Nullable Path sources;

  /**
   * The files packaged in the jar, read and fingerprinted once per process: a start asks for them
   * early on a thread of its own ({@code cli.Serving}), so the site's parts find them ready
   * (decision 0135). The jar does not change while the process runs.
   */
  public static Assets packaged() {
    return Packaged.ASSETS;
  }

  /** Made at its first use; a second caller meanwhile waits for it (class initialisation). */
  private static final class Packaged {
    static final Assets ASSETS = new Assets();
  }

  /** The files packaged in the jar, under fingerprinted URLs. */
  public Assets() {
    this.sources = null;
    Instant loaded = Instant.now();
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (String file : FILES) {
      contents.put(file, join(file, part -> read("public/" + part)));
    }
    Map<String, String> folderHashes = new HashMap<>();
    for (String folder : MODULE_FOLDERS) {
      StringBuilder all = new StringBuilder();
      contents.forEach(
          (file, bytes) -> {
            if (file.startsWith(folder)) {
              all.append(file).append('\n').append(Hashes.sha256(bytes)).append('\n');
            }
          });
      folderHashes.put(folder, Hashes.sha256(all.toString()));
    }
    contents.forEach(
        (file, bytes) -> {
          String url = fingerprinted(file, Hashes.sha256(bytes), folderHashes);
          urls.put(file, url);
          byUrl.put(url, CachedPage.of(200, contentType(file), bytes, loaded));
        });
  }

  private static String fingerprinted(
      String file, String fileHash, Map<String, String> folderHashes) {
    for (String folder : MODULE_FOLDERS) {
      if (file.startsWith(folder)) {
        String hash =
            Objects.requireNonNull(folderHashes.get(folder), "every folder is hashed above")
                .substring(0, 10);
        String name = folder.substring(0, folder.length() - 1);
        return "/static/" + name + "." + hash + "/" + file.substring(folder.length());
      }
    }
    int dot = file.lastIndexOf('.');
    return "/static/"
        + file.substring(0, dot)
        + "."
        + fileHash.substring(0, 10)
        + file.substring(dot);
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
  public @Nullable CachedPage at(String url) {
    if (sources == null) {
      return byUrl.get(url);
    }
    String file = url.startsWith("/static/") ? url.substring("/static/".length()) : "";
    if (!FILES.contains(file)) {
      return null;
    }
    try {
      Instant modified = Instant.EPOCH;
      for (String part : JOINED.getOrDefault(file, List.of(file))) {
        Instant at = Files.getLastModifiedTime(sources.resolve(part)).toInstant();
        modified = at.isAfter(modified) ? at : modified;
      }
      return CachedPage.of(200, contentType(file), join(file, this::readSource), modified);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] readSource(String part) {
    try {
      return Files.readAllBytes(Objects.requireNonNull(sources, "development mode").resolve(part));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of {@code file}: the file itself, or its parts of {@link #JOINED} joined in order
   * with a blank line between two (each part ends with a newline).
   */
  static byte[] join(String file, Function<String, byte[]> read) {
    List<String> parts = JOINED.get(file);
    if (parts == null) {
      return read.apply(file);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : parts) {
      if (out.size() > 0) {
        out.write('\n');
      }
      out.writeBytes(read.apply(part));
    }
    return out.toByteArray();
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
