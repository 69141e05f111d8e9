package org.dateline.ingest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dateline.testing.TestApp;

/** ninjs items for the routing and desk tests, and a push of one to the running server. */
final class IngestItems {
  private IngestItems() {}

  /** A ninjs item: guid, version, status, language, urgency, headline and a paragraph. */
  static String ninjs(
      String guid,
      int version,
      String status,
      String language,
      int urgency,
      String headline,
      String subject) {
    return """
        {"uri": "%s", "version": "%d", "versioncreated": "2026-12-01T0%d:00:00Z",
         "pubstatus": "%s", "language": "%s", "urgency": %d, "located": "SEOUL",
         "headlines": [{"role": "main", "value": "%s"}],
         "subjects": [{"name": "%s"}],
         "bodies": [{"contenttype": "text/plain", "value": "Body of %s."}]}
        """
        .formatted(
            guid,
            version,
            Math.min(version, 9),
            status,
            language,
            urgency,
            headline,
            subject,
            headline);
  }

  static HttpResponse<String> push(TestApp app, String provider, String key, String body) {
    return app.send(
        HttpRequest.newBuilder(URI.create(app.url("/ingest/v1/" + provider)))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }
}
