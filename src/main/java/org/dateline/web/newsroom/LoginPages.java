package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dateline.newsroom.auth.SignInOutcome;
import org.dateline.newsroom.auth.Users;
import org.dateline.web.Guards;
import org.dateline.web.newsroom.NewsroomModel.LoginPage;

/**
 * Sign in and out. A sign-in sends the device cookie (a browser that signed in before) and ends the
 * session the browser had.
 */
public final class LoginPages {
  /** The longest email address there is (RFC 5321); a refusal echoes no more than that. */
  private static final int MAX_EMAIL_ECHO = 254;

  private final Users users;
  private final NewsroomChrome chrome;

  public LoginPages(Users users, NewsroomChrome chrome) {
    this.users = users;
    this.chrome = chrome;
  }

  public void form(Context ctx) {
    if (NewsroomAccess.session(ctx).isPresent()) {
      ctx.redirect("/newsroom", HttpStatus.SEE_OTHER);
      return;
    }
    // A fixed message per known reason: the page never echoes text from the address.
    String notice =
        "password".equals(ctx.queryParam("changed"))
            ? "Your password was changed and you were signed out everywhere. Please sign in with the new password."
            : "";
    render(ctx, 200, "", "", next(ctx.queryParam("next")), notice);
  }

  public void login(Context ctx) {
    Guards.sameOrigin(ctx);
    String email = ctx.formParam("email");
    String next = next(ctx.formParam("next"));
    SignInOutcome outcome =
        users.signIn(
            new Users.SignInAttempt(
                email,
                ctx.formParam("password"),
                org.dateline.web.Client.of(ctx).address(),
                ctx.cookie(NewsroomAccess.DEVICE_COOKIE),
                ctx.cookie(NewsroomAccess.COOKIE)));
    if (outcome instanceof SignInOutcome.Refused refused) {
      // The refusal is the page's content: the form again with the message and the email kept.
      if (refused.throttled()) {
        ctx.header("Retry-After", Long.toString(refused.retryAfterSeconds()));
      }
      render(ctx, refused.throttled() ? 429 : 401, refused.reason(), echo(email), next, "");
      return;
    }
    Users.SignedIn signedIn = outcome.orElseThrow();
    ctx.res().addHeader("Set-Cookie", NewsroomAccess.cookie(ctx, signedIn.session()));
    ctx.res().addHeader("Set-Cookie", NewsroomAccess.deviceCookie(ctx, signedIn.deviceCookie()));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            NewsroomAccess.editorHint(
                ctx,
                signedIn.session().user().can(org.dateline.newsroom.auth.Permission.EDIT_ANY)));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    NewsroomAccess.checkCsrf(ctx);
    users.logout(ctx.cookie(NewsroomAccess.COOKIE));
    ctx.res().addHeader("Set-Cookie", NewsroomAccess.clearCookie(ctx));
    ctx.res().addHeader("Set-Cookie", NewsroomAccess.editorHint(ctx, false));
    ctx.redirect("/newsroom/login", HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx, int status, String error, String email, String next, String notice) {
    var page =
        new LoginPage(
            chrome.editions().current().siteName(),
            chrome.assets().url("css/newsroom.css"),
            chrome.assets().url("img/favicon.svg"),
            email,
            error,
            next,
            notice);
    chrome.send(ctx, status, "newsroom/login.jte", page);
  }

  /** The typed address as the form shows it again: at most an email address's length. */
  private static String echo(String email) {
    if (email == null) {
      return "";
    }
    return email.codePointCount(0, email.length()) <= MAX_EMAIL_ECHO
        ? email
        : email.substring(0, email.offsetByCodePoints(0, MAX_EMAIL_ECHO));
  }

  /** Only a newsroom path may follow the login, never another site. */
  private static String next(String next) {
    return next != null && next.matches("/newsroom(/[A-Za-z0-9/_?=&.%-]*)?") ? next : "/newsroom";
  }
}
