package org.dateline.web.wire;

import io.javalin.config.RoutesConfig;
import org.dateline.wire.WireRefused;

/**
 * The wire's route table: every route behind the {@code subscriber} guard (a Bearer API key).
 * Responses are never put in the page cache; errors are JSON ({@link WireErrors}).
 */
public final class WireRoutes {
  private final WireAccess access;
  private final WireApi api;

  public WireRoutes(WireAccess access, WireApi api) {
    this.access = access;
    this.api = api;
  }

  public void register(RoutesConfig r) {
    r.get("/wire/v1/items/{id}", access.subscriber(api::item));
    r.get("/wire/v1/items/{id}/versions/{n}", access.subscriber(api::version));
    r.get("/wire/v1/changes", access.subscriber(api::changes));
    r.exception(
        WireRefused.class,
        (e, ctx) ->
            WireErrors.send(
                ctx, WireErrors.status(e.code()), e.code(), String.valueOf(e.getMessage())));
  }
}
