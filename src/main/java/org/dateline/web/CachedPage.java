package org.dateline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dateline.shared.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * A rendered response kept ready to send: the bytes, their gzip form (null for images), a strong
 * ETag, the Last-Modified time, and the keys of what it shows ({@code article.CacheKeys}: the lists
 * it is and the stories on it), by which a change drops it from the {@link PageCache}. Immutable.
 */
public record CachedPage(
    int status,
    String contentType,
    byte[] body,
    byte @Nullable [] gzipped,
    String etag,
    String lastModified,
    Set<String> keys,
    @Nullable String surrogateKeys,
    @Nullable String cacheTags) {

  /**
   * {@code surrogateKeys} and {@code cacheTags} are derived from the keys (any value given is
   * replaced): the keys sorted, space-separated for {@code Surrogate-Key} (Fastly and others),
   * comma-separated for {@code Cache-Tag} (Cloudflare and others); null without keys. Computed once
   * per page, so sending them costs nothing per request.
   */
  public CachedPage {
    keys = Set.copyOf(keys);
    java.util.List<String> sorted = keys.stream().sorted().toList();
    surrogateKeys = sorted.isEmpty() ? null : String.join(" ", sorted);
    cacheTags = sorted.isEmpty() ? null : String.join(",", sorted);
  }

  /** Builds a page from rendered bytes, compressing once. */
  public static CachedPage of(int status, String contentType, byte[] body, Instant lastModified) {
    return new CachedPage(
        status,
        contentType,
        body,
        compressible(contentType) ? gzip(body) : null,
        "\"" + Hashes.sha256(body).substring(0, 32) + "\"",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)),
        Set.of(),
        null,
        null);
  }

  /** The same page, depending on these keys. */
  public CachedPage withKeys(Collection<String> dependsOn) {
    return new CachedPage(
        status, contentType, body, gzipped, etag, lastModified, Set.copyOf(dependsOn), null, null);
  }

  private static boolean compressible(String contentType) {
    return contentType.startsWith("text/")
        || contentType.contains("svg")
        || contentType.contains("json")
        || contentType.contains("xml");
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out, 8192) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
