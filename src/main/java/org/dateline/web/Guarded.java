package org.dateline.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A route's handler behind a named guard ({@code signedIn}, {@code reads(TRIAGE)}, {@code
 * writes(ADMINISTER)}), so that {@link HttpServer#routes()} can say which guard each route has.
 * Handles exactly as the wrapped handler does.
 */
public record Guarded(String guard, Handler handler) implements Handler {
  @Override
  public void handle(Context ctx) throws Exception {
    handler.handle(ctx);
  }
}
