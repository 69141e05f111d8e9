package org.dateline.web.site;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.article.Articles;
import org.dateline.web.CachedPage;
import org.dateline.web.NotFound;
import org.dateline.web.Responses;

/**
 * Photos under {@code DATA/media}. The public gets one at {@code /media/NAME} only once a public
 * story shows it: a photo uploaded for a draft, a scheduled or an embargoed story answers 404 like
 * a file that does not exist until the story is out (decision 0011). The newsroom sees every photo
 * at {@code /newsroom/media/NAME}, never stored by shared caches. Names carry a keyed hash, so a
 * file never changes and is cached for a year. Only plain file names are accepted. Thread-safe.
 */
public final class MediaFiles {
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String PRIVATE = "private, no-store";
  private static final int MAX_CACHED_BYTES = 512 * 1024;
  private final Path folder;
  private final Articles articles;
  private final Map<String, CachedPage> cache = new ConcurrentHashMap<>();

  /**
   * Names a public story has shown; a photo once out stays out (browsers keep it a year anyway).
   */
  private final Set<String> released = ConcurrentHashMap.newKeySet();

  public MediaFiles(Path folder, Articles articles) {
    this.folder = folder;
    this.articles = articles;
  }

  /** {@code /media/NAME}: a photo that a public story shows. */
  public void serve(Context ctx) {
    String name = name(ctx);
    if (!released.contains(name)) {
      if (!articles.showsPhoto("/media/" + name)) {
        throw new NotFound("no such photo");
      }
      released.add(name);
    }
    Responses.send(ctx, file(name), IMMUTABLE);
  }

  /** {@code /newsroom/media/NAME}: any stored photo, for the editor and the preview. */
  public void serveToNewsroom(Context ctx) {
    Responses.send(ctx, file(name(ctx)), PRIVATE);
  }

  /** The newsroom's address of a photo stored at {@code /media/NAME}; other addresses as given. */
  public static String inNewsroom(String src) {
    return src.startsWith("/media/") ? "/newsroom" + src : src;
  }

  private static String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (!name.matches("[a-z0-9][a-z0-9._-]{0,120}\\.(jpg|png|webp)") || name.contains("..")) {
      throw new NotFound("no such photo");
    }
    return name;
  }

  private CachedPage file(String name) {
    CachedPage page = cache.get(name);
    if (page == null) {
      page = load(name);
      if (page.body().length <= MAX_CACHED_BYTES) {
        cache.put(name, page);
      }
    }
    return page;
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
