package org.dateline.web.ingest;

import io.javalin.config.RoutesConfig;
import org.dateline.ingest.Incoming;
import org.dateline.web.Guarded;
import org.dateline.web.RequestBodies;

/**
 * The push endpoint's route table: partners who push send one file per request to {@code POST
 * /ingest/v1/{provider}} with {@code Authorization: Bearer KEY} (the provider's key). Bodies up to
 * {@link Incoming#MAX_BYTES}, in the provider's format; errors are JSON in the wire's shape.
 */
public final class IngestRoutes {
  private final PushApi push;

  public IngestRoutes(PushApi push) {
    this.push = push;
  }

  public void register(RoutesConfig r) {
    // Before the body is read (RequestBodies.read): this route takes a feed file, not a form.
    r.before(
        "/ingest/v1/{provider}",
        ctx -> RequestBodies.accept(ctx, RequestBodies.Kind.FEED, Incoming.MAX_BYTES));
    r.post("/ingest/v1/{provider}", new Guarded("provider key", push::receive));
  }
}
