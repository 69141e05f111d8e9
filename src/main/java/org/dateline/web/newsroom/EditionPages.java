package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionChange;
import org.dateline.edition.EditionForm;
import org.dateline.edition.Editions;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.EditionModel.Change;
import org.dateline.web.newsroom.EditionModel.EditPage;
import org.dateline.web.newsroom.EditionModel.Fields;
import org.dateline.web.newsroom.EditionModel.ListPage;
import org.dateline.web.newsroom.EditionModel.Row;

/**
 * The editions admin (decision 0079): the list, adding one and changing one, with the same form and
 * checks as {@code ./dateline edition add|set} ({@link EditionForm}); a refused form comes back
 * (422) with what was typed; every change is recorded with who made it.
 */
public final class EditionPages {
  private static final Fields BLANK =
      new Fields(
          "", "", "", "", "", "", "{place}[, {date:MMM. d}][ ({source})] --", "ltr", "", false);

  private final Editions editions;
  private final NewsroomChrome chrome;

  public EditionPages(Editions editions, NewsroomChrome chrome) {
    this.editions = editions;
    this.chrome = chrome;
  }

  /** GET /newsroom/editions */
  public void list(Context ctx) {
    showList(ctx, 200, BLANK, "");
  }

  /** POST /newsroom/editions: code, name, prefix, host, zone, date_pattern, … */
  public void add(Context ctx) {
    EditionForm form = form(ctx, Inputs.text(ctx, "code"));
    Optional<String> refusal = editions.refusalToAdd(form);
    if (refusal.isPresent()) {
      showList(ctx, 422, typed(form), refusal.get());
      return;
    }
    Edition added = editions.add(form, NewsroomAccess.user(ctx).name());
    Flash.redirect(
        ctx,
        "/newsroom/editions#edition-" + added.code(),
        "Edition “"
            + added.name()
            + "” ("
            + added.code()
            + ") added; its pages are at "
            + added.home()
            + ".");
  }

  /** GET /newsroom/editions/{code} */
  public void view(Context ctx) {
    Edition e = existing(ctx);
    showEdit(ctx, 200, e, fields(EditionForm.of(e)), "");
  }

  /** POST /newsroom/editions/{code} */
  public void update(Context ctx) {
    Edition e = existing(ctx);
    EditionForm form = form(ctx, e.code());
    Optional<String> refusal = editions.refusalToSet(form);
    if (refusal.isPresent()) {
      showEdit(ctx, 422, e, typed(form), refusal.get());
      return;
    }
    Edition changed = editions.set(form, NewsroomAccess.user(ctx).name());
    Flash.redirect(
        ctx,
        "/newsroom/editions#edition-" + changed.code(),
        "Edition “" + changed.name() + "” (" + changed.code() + ") saved.");
  }

  private void showList(Context ctx, int status, Fields add, String error) {
    List<Row> rows =
        editions.all().stream()
            .map(
                e ->
                    new Row(
                        e.code(),
                        e.name(),
                        e.code(),
                        e.direction().label(),
                        e.home(),
                        e.host().orElse(""),
                        e.zone().getId(),
                        e.datePattern(),
                        e.datelineStyle().pattern(),
                        e.direction() == Edition.Direction.RTL ? "right to left" : "left to right",
                        e.position(),
                        e.isDefault(),
                        "/newsroom/editions/" + e.code()))
            .toList();
    chrome.send(
        ctx,
        status,
        "newsroom/editions.jte",
        new ListPage(
            chrome.frame(ctx, "/newsroom/editions"),
            rows,
            add,
            error,
            changes(editions.changes(Editions.RECENT_CHANGES))));
  }

  private void showEdit(Context ctx, int status, Edition e, Fields fields, String error) {
    chrome.send(
        ctx,
        status,
        "newsroom/edition.jte",
        new EditPage(
            chrome.frame(ctx, "/newsroom/editions"),
            e.code(),
            e.name(),
            e.isDefault(),
            fields,
            error,
            changes(
                editions.changes(Editions.RECENT_CHANGES).stream()
                    .filter(c -> c.code().equals(e.code()))
                    .toList())));
  }

  private List<Change> changes(List<EditionChange> changes) {
    Edition site = editions.current();
    return changes.stream()
        .map(c -> new Change(c.code(), c.by(), site.format(c.at()), c.what()))
        .toList();
  }

  private Edition existing(Context ctx) {
    return editions
        .byCode(ctx.pathParam("code"))
        .orElseThrow(() -> new NotFound("no such edition"));
  }

  /**
   * The posted form: a field left empty keeps the edition's value (a new edition's default: its
   * language's own name, its code as prefix); an empty host removes the host.
   */
  private static EditionForm form(Context ctx, String code) {
    return new EditionForm(
        code,
        given(ctx, "name"),
        given(ctx, "prefix"),
        Optional.of(Inputs.text(ctx, "host")),
        given(ctx, "zone"),
        given(ctx, "date_pattern"),
        given(ctx, "dateline_style"),
        given(ctx, "direction"),
        given(ctx, "position"),
        !ctx.formParams("default").isEmpty());
  }

  private static Optional<String> given(Context ctx, String field) {
    String text = Inputs.text(ctx, field);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static Fields typed(EditionForm f) {
    return fields(f);
  }

  private static Fields fields(EditionForm f) {
    return new Fields(
        f.code(),
        f.name().orElse(""),
        f.prefix().orElse(""),
        f.host().orElse(""),
        f.zone().orElse(""),
        f.datePattern().orElse(""),
        f.datelineStyle().orElse(""),
        f.direction().orElse("ltr"),
        f.position().orElse(""),
        f.makeDefault());
  }
}
