package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The message that confirms a change after its redirect ("User Kim Min-jun deactivated."): a cookie
 * set with the 303 and taken (read and cleared) by the next newsroom page the browser shows
 * (decision 0073). A cookie, not the session, so any node shows it; the page escapes it like any
 * text, so a forged one shows its words and nothing else.
 */
final class Flash {
  static final String COOKIE = "dateline_flash";

  /** The longest message kept, in characters: room for a long name, never a large cookie. */
  private static final int MAX = 300;

  private static final String TAKEN = "dateline.flash";

  /** The cookie's form: the message's UTF-8 bytes in hexadecimal (no quoting, any script). */
  private static final Pattern HEX = Pattern.compile("(?:[0-9a-f]{2})+");

  private Flash() {}

  /** Redirects (303) to {@code location} with {@code message} shown on the page there. */
  static void redirect(Context ctx, String location, String message) {
    String text =
        message.codePointCount(0, message.length()) > MAX
            ? message.substring(0, message.offsetByCodePoints(0, MAX - 1)) + "…"
            : message;
    ctx.res()
        .addHeader(
            "Set-Cookie",
            COOKIE
                + "="
                + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8))
                + "; Path=/newsroom; HttpOnly; SameSite=Lax; Max-Age=60"
                + secure(ctx));
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }

  /** The message waiting for this page ("" for none), cleared so it shows once. */
  static String take(Context ctx) {
    String already = ctx.attribute(TAKEN);
    if (already != null) {
      return already;
    }
    String raw = ctx.cookie(COOKIE);
    String message = "";
    if (raw != null && !raw.isEmpty()) {
      message = decode(raw);
      ctx.res()
          .addHeader(
              "Set-Cookie",
              COOKIE + "=; Path=/newsroom; HttpOnly; SameSite=Lax; Max-Age=0" + secure(ctx));
    }
    ctx.attribute(TAKEN, message);
    return message;
  }

  /** The message in the cookie; "" for a cookie not of this form (mangled or forged). */
  private static String decode(String raw) {
    if (raw.length() > 4 * MAX * 2 || !HEX.matcher(raw).matches()) {
      return "";
    }
    return new String(HexFormat.of().parseHex(raw), StandardCharsets.UTF_8);
  }

  private static String secure(Context ctx) {
    return org.dateline.web.Client.of(ctx).secure() ? "; Secure" : "";
  }
}
