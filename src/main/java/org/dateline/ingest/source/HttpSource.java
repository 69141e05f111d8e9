package org.dateline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.dateline.ingest.Received;
import org.dateline.shared.OnFirstUse;

/**
 * A provider's feed URL, fetched with a conditional GET ({@code If-None-Match}, {@code
 * If-Modified-Since} from the last answer): 304 is "nothing new"; a 200 body is read up to {@link
 * Incoming#MAX_BYTES} and no further; an error status, a refused body or a failed connection is a
 * failure, and failures in a row back off (the facade doubles the wait). Thread-safe.
 */
public final class HttpSource {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Incoming incoming;
  // Made on the first feed fetched, not at start (decision 0095).
  private final Supplier<HttpClient> client;

  public HttpSource(Incoming incoming) {
    this.incoming = incoming;
    this.client =
        OnFirstUse.of(
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build());
  }

  /** Fetches the provider's feed once. */
  public void fetch(Provider provider) {
    String url = provider.source();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Accept", "application/json, application/xml, text/xml, */*;q=0.5")
            .header("User-Agent", "Dateline ingest");
    if (!provider.etag().isEmpty()) {
      request.header("If-None-Match", provider.etag());
    }
    if (!provider.lastModified().isEmpty()) {
      request.header("If-Modified-Since", provider.lastModified());
    }
    HttpResponse<InputStream> response;
    try {
      response =
          client.get().send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      incoming.fail(provider, url + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == 304) {
        incoming.unchanged(provider);
        return;
      }
      if (status != 200) {
        incoming.fail(provider, url + ": HTTP " + status);
        return;
      }
      Optional<byte[]> bytes = Bounded.read(body, Incoming.MAX_BYTES);
      if (bytes.isEmpty()) {
        incoming.fail(provider, url + ": over " + Incoming.MAX_BYTES + " bytes");
        return;
      }
      Received received = incoming.receive(provider, url, bytes.get());
      if (!received.fileRefused()) {
        incoming.validators(
            provider,
            response.headers().firstValue("ETag").orElse(""),
            response.headers().firstValue("Last-Modified").orElse(""));
      }
    } catch (IOException e) {
      incoming.fail(provider, url + ": the answer broke off: " + e.getMessage());
    }
  }
}
