package org.dateline.web;

import io.javalin.http.Context;

/**
 * Who sent a request, as far as it can be believed: the client's address, the scheme and host it
 * asked for. Behind a trusted proxy these come from its forwarding headers ({@link
 * TrustedProxies}); otherwise from the connection itself. Sign-in throttling, feedback limits, logs
 * and the secure-cookie and same-origin checks read it from here. Immutable.
 */
public record Client(String address, String scheme, String host) {
  /** The request attribute {@link HttpServer} stores it under, before every handler. */
  static final String ATTRIBUTE = "dateline.client";

  /** The client of this request (the connection's peer when no proxy is trusted). */
  public static Client of(Context ctx) {
    if (ctx.attribute(ATTRIBUTE) instanceof Client c) {
      return c;
    }
    return new Client(ctx.req().getRemoteAddr(), ctx.scheme(), ctx.host());
  }

  /** Whether the client asked for https (directly or at a trusted proxy). */
  public boolean secure() {
    return "https".equals(scheme);
  }
}
