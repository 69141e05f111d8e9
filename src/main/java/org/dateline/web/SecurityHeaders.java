package org.dateline.web;

import io.javalin.http.Context;
import java.util.Map;

/** The security headers on every response. */
public final class SecurityHeaders {
  /** No inline script or style anywhere; images from the site itself only. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Every header, by name; also sent on Jetty's own answers to malformed requests (see HttpServer).
   */
  public static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY",
          "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()",
          "Cross-Origin-Opener-Policy", "same-origin");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ALL.forEach(ctx::header);
  }
}
