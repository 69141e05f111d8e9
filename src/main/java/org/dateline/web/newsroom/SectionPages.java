package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.newsroom.AdminModel.SectionRow;
import org.dateline.web.newsroom.AdminModel.SectionsPage;
import org.dateline.web.newsroom.NewsroomModel.Option;
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
      List<Option> choices = new ArrayList<>();
      for (Section.Visibility v : Section.Visibility.values()) {
        if (v != Section.Visibility.NEW || s.visibility() == Section.Visibility.NEW) {
          choices.add(new Option(v.code(), v.label(), v == s.visibility()));
        }
      }
      rows.add(
          new SectionRow(
              s.id(),
              s.name(),
              SiteChrome.sectionHref(s.slug()),
              i == 0,
              i == all.size() - 1,
              s.visibility().label(),
              choices));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/sections.jte",
        new SectionsPage(chrome.frame(ctx, "/newsroom/sections"), rows, Sections.MAX_NAME));
  }

  /** POST /newsroom/sections: name */
  public void add(Context ctx) {
    Section added = sections.add(Inputs.text(ctx, "name"));
    Flash.redirect(
        ctx,
        "/newsroom/sections#section-" + added.id(),
        "Section “"
            + added.name()
            + "” added. It joins the site's navigation when its first story is published.");
  }

  /** POST /newsroom/sections/{id}: name */
  public void rename(Context ctx) {
    long id = Inputs.pathId(ctx);
    String old =
        sections.all().stream().filter(s -> s.id() == id).map(Section::name).findFirst().orElse("");
    Section renamed = sections.rename(id, Inputs.text(ctx, "name"));
    Flash.redirect(
        ctx,
        "/newsroom/sections#section-" + id,
        old.equals(renamed.name())
            ? "Section “" + old + "” kept its name."
            : "Section “" + old + "” renamed to “" + renamed.name() + "”; its address stays.");
  }

  /** POST /newsroom/sections/{id}/visibility: visibility=shown|hidden|retired */
  public void setVisibility(Context ctx) {
    long id = Inputs.pathId(ctx);
    Section.Visibility v =
        Section.Visibility.byCode(Inputs.text(ctx, "visibility"))
            .filter(x -> x != Section.Visibility.NEW)
            .orElseThrow(() -> new BadRequest("Choose shown, hidden or retired."));
    Section s = sections.setVisibility(id, v);
    String what =
        switch (v) {
          case SHOWN -> "is shown in the site's navigation.";
          case HIDDEN -> "is hidden from the site's navigation; its pages still answer.";
          case RETIRED ->
              "is retired: out of the navigation and of the choice for new stories; its stories"
                  + " and pages keep working.";
          case NEW -> "is new.";
        };
    Flash.redirect(ctx, "/newsroom/sections#section-" + id, "Section “" + s.name() + "” " + what);
  }

  private Section byId(long id) {
    return sections.all().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new org.dateline.web.NotFound("no such section"));
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
    Flash.redirect(
        ctx,
        "/newsroom/sections#section-" + id,
        "Section “" + byId(id).name() + "” moved " + (by < 0 ? "up." : "down."));
  }
}
