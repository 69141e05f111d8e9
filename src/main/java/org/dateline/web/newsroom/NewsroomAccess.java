package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.Session;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.web.Forbidden;
import org.dateline.web.Guarded;
import org.dateline.web.Guards;

/**
 * The newsroom's guards: who is signed in (from the session cookie), what their role allows, and
 * the CSRF token every newsroom form and fetch carries.
 */
public final class NewsroomAccess {
  public static final String COOKIE = "dateline_session";

  /** Marks a browser that signed in before; sent only to the sign-in form's address. */
  public static final String DEVICE_COOKIE = "dateline_device";

  private static final String SESSION = "dateline.session";
  private final Users users;

  public NewsroomAccess(Users users) {
    this.users = users;
  }

  /** Before every newsroom request: resolves the cookie to a session, if any. */
  public void load(Context ctx) {
    users.session(ctx.cookie(COOKIE)).ifPresent(s -> ctx.attribute(SESSION, s));
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
  }

  public static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The signed-in user; throws {@link SignInRequired} when there is none. */
  public static User user(Context ctx) {
    return session(ctx).map(Session::user).orElseThrow(SignInRequired::new);
  }

  public static String csrf(Context ctx) {
    return session(ctx).map(Session::csrf).orElse("");
  }

  /** A page for any signed-in user. */
  public Handler signedIn(Handler handler) {
    return new Guarded(
        "signedIn",
        ctx -> {
          user(ctx);
          handler.handle(ctx);
        });
  }

  /** A page for users whose role has the permission. */
  public Handler reads(Permission permission, Handler handler) {
    return new Guarded(
        "reads(" + permission + ")",
        ctx -> {
          allow(ctx, permission);
          handler.handle(ctx);
        });
  }

  /**
   * A state-changing request: signed in, allowed, same origin, and carrying the session's CSRF
   * token.
   */
  public Handler writes(Permission permission, Handler handler) {
    return new Guarded(
        "writes(" + permission + ")",
        ctx -> {
          allow(ctx, permission);
          checkCsrf(ctx);
          handler.handle(ctx);
        });
  }

  private static void allow(Context ctx, Permission permission) {
    if (!user(ctx).can(permission)) {
      throw new NotAllowed("Your role does not allow this page.");
    }
  }

  /**
   * Same origin (Fetch Metadata / Origin) and the token from the form or the X-CSRF-Token header.
   */
  public static void checkCsrf(Context ctx) {
    Guards.sameOrigin(ctx);
    String expected = csrf(ctx);
    String given = ctx.header("X-CSRF-Token");
    if (given == null) {
      given = ctx.formParam("csrf");
    }
    if (expected.isEmpty()
        || given == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw new Forbidden("This form has expired. Please go back, reload the page and try again.");
    }
  }

  /**
   * The Set-Cookie value for a new session: HttpOnly, SameSite, Secure when served over HTTPS; the
   * browser keeps it no longer than the session's absolute lifetime (the server ends it sooner when
   * idle).
   */
  public static String cookie(Context ctx, Session session) {
    return COOKIE
        + "="
        + session.token()
        + "; Path=/newsroom; HttpOnly; SameSite=Lax; Max-Age="
        + Users.SESSION_ABSOLUTE.toSeconds()
        + (secure(ctx) ? "; Secure" : "");
  }

  /** The Set-Cookie value of the device cookie: only for the sign-in form, never for scripts. */
  public static String deviceCookie(Context ctx, String value) {
    return DEVICE_COOKIE
        + "="
        + value
        + "; Path=/newsroom/login; HttpOnly; SameSite=Strict; Max-Age="
        + Users.DEVICE_LIFETIME.toSeconds()
        + (secure(ctx) ? "; Secure" : "");
  }

  /**
   * A hint for the public pages' script, not a credential: "an editor signed in on this browser",
   * so an article shows its "Edit in newsroom" link (already in the page, hidden, the same for
   * everyone; the link's target asks for a session). Readable by scripts by design (decision 0035).
   */
  public static final String EDITOR_HINT = "dateline_editor";

  /**
   * The Set-Cookie value of the editor hint: set at an editor's sign-in, for the session's life.
   */
  public static String editorHint(Context ctx, boolean editor) {
    return EDITOR_HINT
        + "="
        + (editor ? "1" : "")
        + "; Path=/; SameSite=Lax; Max-Age="
        + (editor ? Users.SESSION_ABSOLUTE.toSeconds() : 0)
        + (secure(ctx) ? "; Secure" : "");
  }

  public static String clearCookie(Context ctx) {
    return COOKIE
        + "=; Path=/newsroom; HttpOnly; SameSite=Lax; Max-Age=0"
        + (secure(ctx) ? "; Secure" : "");
  }

  private static boolean secure(Context ctx) {
    // The scheme the client used: X-Forwarded-Proto only from a trusted proxy (decision 0061).
    return org.dateline.web.Client.of(ctx).secure();
  }
}
