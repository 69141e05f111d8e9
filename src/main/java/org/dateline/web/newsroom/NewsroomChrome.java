package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.dateline.edition.Editions;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.web.Assets;
import org.dateline.web.Views;
import org.dateline.web.newsroom.NewsroomModel.Frame;
import org.dateline.web.newsroom.NewsroomModel.Nav;

/** Builds the newsroom frame and sends newsroom pages (never cached). */
public final class NewsroomChrome {
  private final Editions editions;
  private final Feedbacks feedbacks;
  private final Assets assets;
  private final Views views;

  public NewsroomChrome(Editions editions, Feedbacks feedbacks, Assets assets, Views views) {
    this.editions = editions;
    this.feedbacks = feedbacks;
    this.assets = assets;
    this.views = views;
  }

  public Frame frame(Context ctx, String current) {
    User user = NewsroomAccess.user(ctx);
    List<Nav> nav = new ArrayList<>();
    nav.add(new Nav("Dashboard", "/newsroom", current.equals("/newsroom")));
    nav.add(new Nav("Desk", "/newsroom/desk", current.equals("/newsroom/desk")));
    if (user.can(Permission.WRITE_OWN)) {
      nav.add(new Nav("Incoming", "/newsroom/incoming", current.equals("/newsroom/incoming")));
    }
    if (user.can(Permission.PUBLISH)) {
      nav.add(new Nav("Rules", "/newsroom/rules", current.equals("/newsroom/rules")));
    }
    if (user.can(Permission.TRIAGE)) {
      nav.add(new Nav("Feedback", "/newsroom/feedback", current.equals("/newsroom/feedback")));
    }
    if (user.can(Permission.CURATE)) {
      nav.add(new Nav("Home page", "/newsroom/home", current.equals("/newsroom/home")));
    }
    if (user.can(Permission.ADMINISTER)) {
      nav.add(new Nav("Users", "/newsroom/users", current.equals("/newsroom/users")));
      nav.add(new Nav("Sections", "/newsroom/sections", current.equals("/newsroom/sections")));
      nav.add(new Nav("Editions", "/newsroom/editions", current.equals("/newsroom/editions")));
      nav.add(
          new Nav("Subscribers", "/newsroom/subscribers", current.equals("/newsroom/subscribers")));
    }
    nav.add(new Nav("Account", "/newsroom/account", current.equals("/newsroom/account")));
    return new Frame(
        editions.current().siteName(),
        user.name(),
        user.role().code(),
        NewsroomAccess.csrf(ctx),
        nav,
        user.can(Permission.TRIAGE) ? (int) feedbacks.countNew() : 0,
        assets.url("css/newsroom.css"),
        assets.url("js/site.js"),
        assets.url("js/editor/main.js"),
        assets.url("css/editor.css"),
        assets.url("img/favicon.svg"),
        assets.url("js/presence.js"),
        Flash.take(ctx));
  }

  public Editions editions() {
    return editions;
  }

  public Assets assets() {
    return assets;
  }

  /** Sends a newsroom page. */
  public void send(Context ctx, int status, String template, Object model) {
    ctx.status(status).contentType("text/html; charset=utf-8");
    ctx.result(views.render(template, model));
  }
}
