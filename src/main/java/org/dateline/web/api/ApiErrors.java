package org.dateline.web.api;

import io.javalin.http.Context;

/**
 * Errors of the content API as JSON, {@code {"error":{"code":"not_found","message":"…"}}}: the
 * shape the wire answers too. The codes are stable (docs/API.md); the message is for people and
 * keeps what they sent.
 */
public final class ApiErrors {
  private ApiErrors() {}

  /** Whether this request is the API's, so its errors are JSON. */
  public static boolean handles(Context ctx) {
    return ctx.path().startsWith(Cors.PREFIX);
  }

  /** Sends the error of {@code status} with {@code message}. */
  public static void send(Context ctx, int status, String message) {
    Cors.apply(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.status(status)
        .contentType("application/json; charset=utf-8")
        .result(ApiJson.text(ApiJson.error(code(status), message)));
  }

  /** The stable code of a status. */
  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 410 -> "gone";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "rate_limited";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal_error" : "bad_request";
    };
  }
}
