package org.dateline.web.newsroom;

import io.javalin.http.Context;
import org.dateline.newsroom.workflow.Story;
import org.dateline.web.newsroom.NewsroomModel.KillPage;

/** The kill's confirmation page: the reason is asked for before anything is withdrawn. */
final class KillPages {
  private final NewsroomChrome chrome;

  KillPages(NewsroomChrome chrome) {
    this.chrome = chrome;
  }

  void render(Context ctx, int status, Story story, String reason, String error) {
    chrome.send(
        ctx,
        status,
        "newsroom/kill.jte",
        new KillPage(
            chrome.frame(ctx, "/newsroom/desk"),
            story.id(),
            story.version(),
            story.draft().headline(),
            reason,
            error));
  }
}
