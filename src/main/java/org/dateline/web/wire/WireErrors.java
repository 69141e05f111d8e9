package org.dateline.web.wire;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire's errors, one stable shape: {@code {"error":{"code":"…","message":"…"}}} with a code
 * from the list in docs/WIRE.md. Used for every failure under {@code /wire/}.
 */
public final class WireErrors {
  private WireErrors() {}

  public static boolean isWire(Context ctx) {
    // The push endpoint of ingest answers partners in the same shape.
    return ctx.path().startsWith("/wire/")
        || ctx.path().equals("/wire")
        || ctx.path().startsWith("/ingest/");
  }

  /** The code for a status when no finer one is known. */
  public static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "rate_limited";
      case 503 -> "busy";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  public static void send(Context ctx, int status, String code, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).json(Map.of("error", error));
  }

  /** The HTTP status of a refusal's code. */
  static int status(String code) {
    return switch (code) {
      case "unauthorized" -> 401;
      case "format_not_allowed", "forbidden" -> 403;
      case "not_found" -> 404;
      case "rate_limited", "too_many_waits" -> 429;
      default -> 400;
    };
  }
}
