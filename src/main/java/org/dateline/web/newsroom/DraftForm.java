package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.editor.BodyHtml;
import org.dateline.newsroom.editor.Draft;
import org.dateline.web.newsroom.NewsroomModel.StoryForm;

/**
 * The editor form, both ways: a draft as form values, and the posted values as a draft or the
 * message saying what is wrong (with the values kept as typed).
 */
final class DraftForm {
  private DraftForm() {}

  /** The posted form: a draft, or an error; {@code form} always holds what was typed. */
  record Parsed(Optional<Draft> draft, String error, StoryForm form) {}

  static StoryForm of(Draft d) {
    return new StoryForm(
        d.headline(),
        d.summary(),
        d.section(),
        String.join(", ", d.bylines()),
        d.datelinePlace(),
        d.datelineDate(),
        d.datelineSource(),
        BodyHtml.render(d.body()),
        String.join(", ", d.tags()),
        d.urgency());
  }

  static Parsed parse(Context ctx) {
    String urgencyText = value(ctx, "urgency");
    int urgency = urgencyText.matches("[1-8]") ? Integer.parseInt(urgencyText) : 5;
    StoryForm form =
        new StoryForm(
            value(ctx, "headline"),
            value(ctx, "summary"),
            value(ctx, "section"),
            value(ctx, "bylines"),
            value(ctx, "dateline_place"),
            value(ctx, "dateline_date"),
            value(ctx, "dateline_source"),
            value(ctx, "body"),
            value(ctx, "tags"),
            urgency);
    if (!urgencyText.isEmpty() && !urgencyText.matches("[1-8]")) {
      return new Parsed(Optional.empty(), "Urgency runs from 1 (flash) to 8 (routine).", form);
    }
    BodyHtml.Reading body = BodyHtml.read(form.body());
    Optional<String> refusal =
        body.refusal().or(() -> Draft.refusal(form.headline(), form.summary(), urgency));
    if (refusal.isPresent()) {
      return new Parsed(Optional.empty(), refusal.get(), form);
    }
    Draft draft =
        new Draft(
            form.headline(),
            form.summary(),
            form.section(),
            names(form.bylines()),
            form.datelinePlace(),
            form.datelineDate(),
            form.datelineSource(),
            body.blocks(),
            names(form.tags()),
            urgency);
    return new Parsed(Optional.of(draft), "", form);
  }

  static int version(Context ctx) {
    String v = value(ctx, "version");
    return v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
  }

  private static List<String> names(String text) {
    return Arrays.stream(text.split("[,;\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.replace("\r\n", "\n");
  }
}
