package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.newsroom.NewsroomModel.SectionRow;
import org.dateline.web.newsroom.NewsroomModel.SectionsPage;
import org.dateline.web.site.SiteChrome;

/** Sections admin: the list in navigation order, adding, renaming and reordering. */
public final class SectionPages {
  private final Sections sections;
  private final NewsroomChrome chrome;

  public SectionPages(Sections sections, NewsroomChrome chrome) {
    this.sections = sections;
    this.chrome = chrome;
  }

  /** GET /newsroom/sections */
  public void list(Context ctx) {
    List<Section> all = sections.all();
    List<SectionRow> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Section s = all.get(i);
      rows.add(
          new SectionRow(
              s.id(), s.name(), SiteChrome.sectionHref(s.slug()), i == 0, i == all.size() - 1));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/sections.jte",
        new SectionsPage(chrome.frame(ctx, "/newsroom/sections"), rows, Sections.MAX_NAME));
  }

  /** POST /newsroom/sections: name */
  public void add(Context ctx) {
    sections.add(Inputs.text(ctx, "name"));
    ctx.redirect("/newsroom/sections", HttpStatus.SEE_OTHER);
  }

  /** POST /newsroom/sections/{id}: name */
  public void rename(Context ctx) {
    sections.rename(Inputs.pathId(ctx), Inputs.text(ctx, "name"));
    ctx.redirect("/newsroom/sections", HttpStatus.SEE_OTHER);
  }

  /** POST /newsroom/sections/{id}/move: direction=up|down */
  public void move(Context ctx) {
    long id = Inputs.pathId(ctx);
    int by =
        switch (Inputs.text(ctx, "direction")) {
          case "up" -> -1;
          case "down" -> +1;
          default -> throw new BadRequest("Choose up or down.");
        };
    sections.move(id, by);
    ctx.redirect("/newsroom/sections", HttpStatus.SEE_OTHER);
  }
}
