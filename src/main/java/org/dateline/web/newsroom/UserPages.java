package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.auth.AuthFailed;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.AdminModel.UserRow;
import org.dateline.web.newsroom.AdminModel.UsersPage;
import org.dateline.web.newsroom.NewsroomModel.Option;

/**
 * Users admin: the accounts, creating one (with a password given or generated and shown once),
 * changing a role, deactivating (which ends the user's sessions) and reactivating, and resetting a
 * password. Administrators cannot demote, deactivate or reset themselves here, so there is always
 * an administrator left; their own password is changed on the account page.
 */
public final class UserPages {
  private final Users users;
  private final NewsroomChrome chrome;

  public UserPages(Users users, NewsroomChrome chrome) {
    this.users = users;
    this.chrome = chrome;
  }

  /** GET /newsroom/users */
  public void list(Context ctx) {
    render(ctx, "", "", "");
  }

  /** POST /newsroom/users: email, name, role, password (empty: one is generated and shown once). */
  public void create(Context ctx) {
    Role role = role(ctx);
    String given = ctx.formParam("password");
    boolean generate = given == null || given.isEmpty();
    String password = generate ? users.generatePassword() : given;
    User created = users.add(Inputs.text(ctx, "email"), Inputs.text(ctx, "name"), role, password);
    if (generate) {
      render(ctx, "Account created for " + created.email() + ".", created.email(), password);
    } else {
      Flash.redirect(
          ctx,
          "/newsroom/users#user-" + created.id(),
          "Account created for " + created.name() + " (" + created.email() + ").");
    }
  }

  /** POST /newsroom/users/{id}/role: role */
  public void changeRole(Context ctx) {
    User user = other(ctx, "You cannot change your own role. Ask another administrator.");
    Role role = role(ctx);
    users.changeRole(user.id(), role);
    Flash.redirect(
        ctx,
        "/newsroom/users#user-" + user.id(),
        user.name() + " (" + user.email() + ") is now " + article(role) + " " + role.code() + ".");
  }

  /**
   * POST /newsroom/users/{id}/active: active=true|false; deactivating ends the user's sessions and
   * needs confirm=yes (from the confirmation page): without it the page asks first and nothing
   * changes.
   */
  public void setActive(Context ctx) {
    User user = other(ctx, "You cannot deactivate your own account. Ask another administrator.");
    boolean active =
        switch (Inputs.text(ctx, "active")) {
          case "true" -> true;
          case "false" -> false;
          default -> throw new BadRequest("Choose to activate or deactivate the account.");
        };
    if (!active && !Inputs.text(ctx, "confirm").equals("yes")) {
      confirmDeactivation(ctx, user);
      return;
    }
    users.setActive(user.id(), active);
    Flash.redirect(
        ctx,
        "/newsroom/users#user-" + user.id(),
        active
            ? user.name() + " (" + user.email() + ") reactivated; they can sign in again."
            : user.name() + " (" + user.email() + ") deactivated; their sessions have ended.");
  }

  /** GET /newsroom/users/{id}/deactivate: asks before deactivating, without any script. */
  public void askDeactivate(Context ctx) {
    confirmDeactivation(
        ctx, other(ctx, "You cannot deactivate your own account. Ask another administrator."));
  }

  private void confirmDeactivation(Context ctx, User user) {
    chrome.send(
        ctx,
        200,
        "newsroom/confirm.jte",
        new ConfirmPage(
            chrome.frame(ctx, "/newsroom/users"),
            "Deactivate " + user.name() + "?",
            user.name()
                + " ("
                + user.email()
                + ") will be signed out everywhere at once and cannot sign in until an"
                + " administrator reactivates the account. Their stories, notes and history stay.",
            "/newsroom/users/" + user.id() + "/active",
            List.of(
                new ConfirmPage.Field("active", "false"), new ConfirmPage.Field("confirm", "yes")),
            "Deactivate " + user.name(),
            "/newsroom/users#user-" + user.id(),
            "Keep the account active"));
  }

  /**
   * POST /newsroom/users/{id}/password: password (empty: generated and shown once); ends the user's
   * sessions.
   */
  public void resetPassword(Context ctx) {
    User user = other(ctx, "Change your own password on your account page.");
    String given = ctx.formParam("password");
    boolean generate = given == null || given.isEmpty();
    String password = generate ? users.generatePassword() : given;
    users.resetPassword(user.id(), password);
    if (generate) {
      render(
          ctx,
          "New password set for " + user.email() + "; their sessions have ended.",
          user.email(),
          password);
    } else {
      Flash.redirect(
          ctx,
          "/newsroom/users#user-" + user.id(),
          "New password set for " + user.email() + "; their sessions have ended.");
    }
  }

  private void render(Context ctx, String notice, String passwordFor, String password) {
    User me = NewsroomAccess.user(ctx);
    List<UserRow> rows = new ArrayList<>();
    for (User u : users.all()) {
      rows.add(
          new UserRow(
              u.id(),
              u.email(),
              u.name(),
              label(u.role()),
              roles(u.role()),
              u.active(),
              u.id() == me.id()));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/users.jte",
        new UsersPage(
            chrome.frame(ctx, "/newsroom/users"),
            rows,
            roles(Role.REPORTER),
            Users.MIN_PASSWORD,
            notice,
            passwordFor,
            password));
  }

  /** The user named by the path, who must not be the signed-in administrator. */
  private User other(Context ctx, String refusal) {
    User user = users.byId(Inputs.pathId(ctx)).orElseThrow(() -> new NotFound("no such user"));
    if (user.id() == NewsroomAccess.user(ctx).id()) {
      throw new AuthFailed(refusal);
    }
    return user;
  }

  private static Role role(Context ctx) {
    String code = Inputs.text(ctx, "role");
    for (Role r : Role.values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new BadRequest("Choose reporter, editor or admin.");
  }

  private static List<Option> roles(Role selected) {
    List<Option> options = new ArrayList<>();
    for (Role r : Role.values()) {
      options.add(new Option(r.code(), label(r), r == selected));
    }
    return options;
  }

  private static String article(Role role) {
    return role == Role.ADMIN || role == Role.EDITOR ? "an" : "a";
  }

  private static String label(Role role) {
    return role.code().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + role.code().substring(1);
  }
}
