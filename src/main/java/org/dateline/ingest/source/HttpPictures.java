package org.dateline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dateline.ingest.PictureFetch;
import org.dateline.ingest.Provider;
import org.dateline.media.PhotoRejected;
import org.dateline.media.Photos;
import org.dateline.shared.Cidr;
import org.dateline.shared.OnFirstUse;
import org.dateline.shared.OutboundHosts;

/**
 * Fetches a partner's picture over HTTP and stores it like an upload (decision 0084). The address
 * must resolve to public addresses only, unless it is the host of the provider's own feed URL (the
 * operator chose that one) or in a range the operator allows ({@code ingest.allow}); redirects are
 * followed by hand, at most {@link #MAX_REDIRECTS}, each hop checked the same way. The body is read
 * up to {@link Photos#MAX_BYTES} and no further, within {@link #TIMEOUT} in all; then {@link
 * Photos#store} checks it as it checks an upload (content, decoding cost, size) and stores it.
 * Thread-safe.
 */
public final class HttpPictures implements PictureFetch {
  /** The most redirects followed for one picture. */
  static final int MAX_REDIRECTS = 3;

  /** How long one picture may take, from the first request to its last byte. */
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** Closes a body still being read at its deadline: a stalled read then fails at once. */
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ingest-picture-deadline");
            t.setDaemon(true);
            return t;
          });

  private final Photos photos;
  private final OutboundHosts hosts;
  // Made on the first picture fetched, not at start (decision 0095).
  private final Supplier<HttpClient> client;

  /** {@code allowed}: the non-public ranges pictures may still come from ({@code ingest.allow}). */
  public HttpPictures(Photos photos, List<Cidr> allowed) {
    this.photos = photos;
    this.hosts = new OutboundHosts(allowed, "ingest.allow");
    this.client =
        OnFirstUse.of(
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
  }

  @Override
  public Fetched fetch(Provider provider, String href) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    URI url;
    try {
      url = new URI(href);
    } catch (URISyntaxException e) {
      return Fetched.refused("not a web address");
    }
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<String> refused = refusal(provider, url);
      if (refused.isPresent()) {
        return Fetched.refused(refused.get());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Fetched.refused("no answer within " + TIMEOUT.toSeconds() + " seconds");
      }
      HttpResponse<InputStream> response;
      try {
        response =
            client
                .get()
                .send(
                    HttpRequest.newBuilder(url)
                        .timeout(Duration.ofNanos(left))
                        .header("Accept", "image/jpeg, image/png, image/webp")
                        .header("User-Agent", "Dateline ingest")
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        return Fetched.refused(
            "not fetched: " + e.getClass().getSimpleName() + " " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Fetched.refused("not fetched: interrupted");
      } catch (IllegalArgumentException e) {
        return Fetched.refused("not a web address");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        closeQuietly(response.body());
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          return Fetched.refused("HTTP " + status + " without a Location");
        }
        try {
          url = url.resolve(new URI(location.get().strip()));
        } catch (URISyntaxException e) {
          return Fetched.refused("HTTP " + status + " to a bad address");
        }
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        return Fetched.refused("HTTP " + status);
      }
      return store(response.body(), deadline);
    }
    return Fetched.refused("more than " + MAX_REDIRECTS + " redirects");
  }

  /** Why {@code url} may not be fetched for the provider's items, or empty when it may. */
  private Optional<String> refusal(Provider provider, URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("not a web address");
    }
    if (url.getHost() != null && isFeedHost(provider, url.getHost())) {
      return Optional.empty();
    }
    return hosts.refusal(url);
  }

  /** Whether {@code host} is that of the provider's own feed URL (a provider polled by URL). */
  private static boolean isFeedHost(Provider provider, String host) {
    if (provider.kind() != Provider.SourceKind.URL) {
      return false;
    }
    try {
      String feed = new URI(provider.source()).getHost();
      return feed != null && feed.equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private Fetched store(InputStream body, long deadline) {
    ScheduledFuture<?> closer =
        DEADLINES.schedule(
            () -> closeQuietly(body), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    Optional<byte[]> bytes;
    try (body) {
      bytes = Bounded.read(body, Photos.MAX_BYTES);
    } catch (IOException e) {
      return Fetched.refused(
          System.nanoTime() >= deadline
              ? "no whole picture within " + TIMEOUT.toSeconds() + " seconds"
              : "the answer broke off: " + e.getMessage());
    } finally {
      closer.cancel(false);
    }
    if (bytes.isEmpty()) {
      return Fetched.refused("over " + Photos.MAX_BYTES / (1024 * 1024) + " MB: not read further");
    }
    try {
      return Fetched.stored(photos.store(bytes.get()));
    } catch (PhotoRejected e) {
      return Fetched.refused(String.valueOf(e.getMessage()));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to do with a body we are leaving
    }
  }
}
