package org.dateline.web.ingest;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.dateline.ingest.Received;
import org.dateline.web.wire.WireErrors;

/**
 * Takes a pushed file: the provider named in the path must hold the key sent as {@code
 * Authorization: Bearer KEY} (compared as hashes in constant time); a paused provider is refused
 * and nothing is stored. The answer counts what the file did.
 */
public final class PushApi {
  private final Incoming incoming;

  public PushApi(Incoming incoming) {
    this.incoming = incoming;
  }

  void receive(Context ctx) {
    String header = ctx.header("Authorization");
    String key =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    Optional<Provider> provider = incoming.pushProvider(ctx.pathParam("provider"), key);
    if (provider.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      WireErrors.send(
          ctx, 401, "unauthorized", "Send this provider's key as Authorization: Bearer KEY.");
      return;
    }
    if (provider.get().paused()) {
      WireErrors.send(
          ctx,
          403,
          "paused",
          "The provider " + provider.get().name() + " is paused: nothing was taken.");
      return;
    }
    Received r = incoming.receive(provider.get(), "push", ctx.bodyAsBytes());
    if (r.fileRefused()) {
      WireErrors.send(ctx, 422, "unreadable", String.join("; ", r.refused()));
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("added", r.added());
    answer.put("updated", r.updated());
    answer.put("killed", r.killed());
    answer.put("ignored", r.ignored());
    answer.put("refused", r.refused());
    ctx.header("Cache-Control", "no-store");
    ctx.json(answer);
  }
}
