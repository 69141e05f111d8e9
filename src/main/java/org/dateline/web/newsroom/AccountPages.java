package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dateline.newsroom.auth.AuthFailed;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.web.newsroom.NewsroomModel.AccountPage;

/**
 * The signed-in user's own account: who they are, and changing their password (which ends every
 * session).
 */
public final class AccountPages {
  private final Users users;
  private final NewsroomChrome chrome;

  public AccountPages(Users users, NewsroomChrome chrome) {
    this.users = users;
    this.chrome = chrome;
  }

  /** GET /newsroom/account */
  public void show(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    chrome.send(
        ctx,
        200,
        "newsroom/account.jte",
        new AccountPage(
            chrome.frame(ctx, "/newsroom/account"),
            user.name(),
            user.email(),
            user.role().code(),
            Users.MIN_PASSWORD));
  }

  /**
   * POST /newsroom/account/password: current, password, repeat. Every session of the user ends,
   * this one too, so the browser goes to the sign-in page with a message.
   */
  public void changePassword(Context ctx) {
    NewsroomAccess.checkCsrf(ctx);
    User user = NewsroomAccess.user(ctx);
    String next = ctx.formParam("password");
    if (next == null || !next.equals(ctx.formParam("repeat"))) {
      throw new AuthFailed("The new password and its repetition differ. Please type them again.");
    }
    users.changePassword(user, ctx.formParam("current"), next);
    ctx.header("Set-Cookie", NewsroomAccess.clearCookie(ctx));
    ctx.redirect("/newsroom/login?changed=password", HttpStatus.SEE_OTHER);
  }
}
