package org.dateline.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request bodies, checked once before any handler runs ({@link #read}, registered after both route
 * tables): a POST's body must be of the kind its route takes (a form unless the route says
 * otherwise), in UTF-8, within the route's size limit, and well-formed. Anything else is the
 * sender's mistake and answers 400, 413 or 415 on the normal error page (see {@link Errors}), never
 * 500; handlers then find the fields parsed. The size is enforced on the bytes actually read
 * ({@link BodyLimits}), so a chunked body cannot bypass it. Stateless.
 */
public final class RequestBodies {
  /** What every request body may be unless its route allows more: ample for any form field. */
  public static final long FORM_LIMIT = 64 * 1024;

  /** The most of a refused body that is read and dropped to deliver the refusal; see below. */
  static final long SWALLOW_LIMIT = 2L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RequestBodies.class);
  private static final String KIND = "dateline.body-kind";

  /** A name {@link Charset} allows: letters, digits and {@code -+:_.}, first a letter or digit. */
  private static final Pattern LEGAL_CHARSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+:_.-]*");

  private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  /** The kinds of body a route may take. */
  public enum Kind {
    FORM("application/x-www-form-urlencoded", "a form"),
    MULTIPART("multipart/form-data", "an upload"),
    /** A feed file pushed by a partner, in any media type: read as bytes, parsed by ingest. */
    FEED("*/*", "a feed file");

    final String mediaType;
    final String description;

    Kind(String mediaType, String description) {
      this.mediaType = mediaType;
      this.description = description;
    }
  }

  private RequestBodies() {}

  /**
   * Lets this request's route take {@code kind} bodies of up to {@code maxBytes}; a route's before
   * handler calls it, before the body is read.
   */
  public static void accept(Context ctx, Kind kind, long maxBytes) {
    ctx.attribute(KIND, kind);
    limited(ctx).allow(maxBytes);
  }

  /** Checks and reads a POST's body, so that handlers find its fields parsed and sound. */
  public static void read(Context ctx) {
    if (!HandlerType.POST.equals(ctx.method()) || !hasBody(ctx)) {
      return;
    }
    long limit = limited(ctx).limit();
    if (ctx.contentLength() > limit) {
      throw new PayloadTooLarge(limit);
    }
    Kind kind = ctx.attribute(KIND) instanceof Kind k ? k : Kind.FORM;
    if (kind == Kind.FEED) {
      readBytes(ctx);
      return;
    }
    checkType(ctx.header("Content-Type"), kind);
    try {
      if (kind == Kind.FORM && BROKEN_ESCAPE.matcher(ctx.body()).find()) {
        throw new BadRequest(
            "This form could not be read: its text is not properly encoded. Please send it again.");
      }
      ctx.formParamMap();
    } catch (BadRequest | PayloadTooLarge e) {
      throw e;
    } catch (Exception e) { // the multipart parser also throws the checked ServletException
      throw refusal(e, kind);
    }
  }

  /**
   * After a request is handled: a body its route refused before reading it (sign-in required, a
   * declared length over the limit) is read and dropped when at most {@link #SWALLOW_LIMIT} bytes
   * are left, before the answer is sent, as Tomcat's {@code maxSwallowSize} does. Otherwise the
   * server closes a connection its client is still writing to, the client's system answers the late
   * bytes with a reset, and the reset can destroy the answer before the client reads it: the user
   * sees a broken connection instead of the page that says why. Nothing read here is kept; a body
   * without a declared length, or a longer one, is not read and the connection closes.
   */
  public static void swallowRest(Context ctx) {
    if (ctx.statusCode() >= 400 && hasBody(ctx)) {
      BodyLimits.Limited limited = BodyLimits.of(ctx.req());
      if (limited != null) {
        limited.swallowRest(SWALLOW_LIMIT);
      }
    }
  }

  /** Reads a feed file's bytes once, within the limit (its handler then takes them as they are). */
  private static void readBytes(Context ctx) {
    try {
      ctx.bodyAsBytes();
    } catch (RuntimeException e) {
      throw refusal(e, Kind.FEED);
    }
  }

  private static boolean hasBody(Context ctx) {
    return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
  }

  private static void checkType(String contentType, Kind kind) {
    if (contentType == null || contentType.isBlank()) {
      throw new UnsupportedMediaType(
          "This request does not say what it carries. Send " + kind.description + ".");
    }
    String[] parts = contentType.split(";", -1);
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals(kind.mediaType)) {
      throw new UnsupportedMediaType(
          "This address takes "
              + kind.description
              + " ("
              + kind.mediaType
              + "), not "
              + shorten(type)
              + ".");
    }
    String boundary = null;
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      String name = (eq < 0 ? parts[i] : parts[i].substring(0, eq)).strip();
      String value = eq < 0 ? "" : unquote(parts[i].substring(eq + 1).strip());
      if (name.equalsIgnoreCase("charset") && !isUtf8(value)) {
        throw new UnsupportedMediaType(
            "This form was sent in the character set “"
                + shorten(value)
                + "”; the site reads forms in UTF-8 only.");
      }
      if (name.equalsIgnoreCase("boundary")) {
        boundary = value;
      }
    }
    // RFC 2046: a boundary is 1 to 70 characters.
    if (kind == Kind.MULTIPART
        && (boundary == null || boundary.isEmpty() || boundary.length() > 70)) {
      throw new BadRequest("This upload could not be read: it has no multipart boundary.");
    }
  }

  /** Whether the name is UTF-8 or one of its aliases; a name no charset may have is not. */
  private static boolean isUtf8(String charset) {
    // Charset's own rule for legal names, checked first: forName would throw for any other.
    return charset != null
        && LEGAL_CHARSET_NAME.matcher(charset).matches()
        && Charset.isSupported(charset)
        && Charset.forName(charset).equals(StandardCharsets.UTF_8);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  /** The refusal a failed read stands for: too large when the limit stopped it, else malformed. */
  private static RuntimeException refusal(Exception e, Kind kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLarge tooLarge) {
        return tooLarge;
      }
    }
    LOG.debug("unreadable request body", e);
    return new BadRequest(
        switch (kind) {
          case MULTIPART ->
              "This upload could not be read: it is not well-formed multipart data. Please try again.";
          case FEED -> "This file could not be read to its end. Please send it again.";
          case FORM -> "This form could not be read: it is not well-formed. Please send it again.";
        });
  }

  private static BodyLimits.Limited limited(Context ctx) {
    BodyLimits.Limited limited = BodyLimits.of(ctx.req());
    if (limited == null) {
      throw new IllegalStateException("the server runs without BodyLimits in front");
    }
    return limited;
  }
}
