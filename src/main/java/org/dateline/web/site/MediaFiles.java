package org.dateline.web.site;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.web.CachedPage;
import org.dateline.web.NotFound;
import org.dateline.web.Responses;

/**
 * Photos under {@code DATA/media}, served at {@code /media/NAME}. Names carry a content hash, so a
 * file never changes and is cached for a year. Only plain file names are accepted.
 */
public final class MediaFiles {
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final int MAX_CACHED_BYTES = 512 * 1024;
  private final Path folder;
  private final Map<String, CachedPage> cache = new ConcurrentHashMap<>();

  public MediaFiles(Path folder) {
    this.folder = folder;
  }

  public void serve(Context ctx) {
    String name = ctx.pathParam("name");
    if (!name.matches("[a-z0-9][a-z0-9._-]{0,120}\\.(jpg|png|webp)") || name.contains("..")) {
      throw new NotFound("no such photo");
    }
    CachedPage page = cache.get(name);
    if (page == null) {
      page = load(name);
      if (page.body().length <= MAX_CACHED_BYTES) {
        cache.put(name, page);
      }
    }
    Responses.send(ctx, page, IMMUTABLE);
  }

  private CachedPage load(String name) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new NotFound("no such photo");
    }
    try {
      String type =
          name.endsWith(".png")
              ? "image/png"
              : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
      return CachedPage.of(
          200, type, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
