package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.ArticleId;
import org.dateline.article.Presentation;
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
        d.urgency(),
        d.presentation().slug(),
        d.presentation().title(),
        d.presentation().description(),
        d.presentation().relatedIds().replace(",", ", "));
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
            urgency,
            value(ctx, "slug"),
            value(ctx, "seo_title"),
            value(ctx, "seo_description"),
            value(ctx, "related"));
    if (!urgencyText.isEmpty() && !urgencyText.matches("[1-8]")) {
      return new Parsed(Optional.empty(), "Urgency runs from 1 (flash) to 8 (routine).", form);
    }
    BodyHtml.Reading body = BodyHtml.read(form.body());
    Picks picks = picks(form.related());
    Optional<String> refusal =
        body.refusal()
            .or(() -> Draft.refusal(form.headline(), form.summary(), urgency))
            .or(picks::refusal)
            .or(
                () ->
                    Presentation.refusal(
                        form.slug(), form.seoTitle(), form.seoDescription(), picks.ids().size()));
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
            urgency,
            new Presentation(form.slug(), form.seoTitle(), form.seoDescription(), picks.ids()));
    return new Parsed(Optional.of(draft), "", form);
  }

  static int version(Context ctx) {
    String v = value(ctx, "version");
    return v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
  }

  /** The related stories picked, by id, or why the field cannot be read. */
  record Picks(List<ArticleId> ids, Optional<String> refusal) {}

  private static final Pattern ADDRESS = Pattern.compile("/article/([1-9][0-9]{0,17})(?:[/?#].*)?");

  /**
   * The "related stories" field: ids or public addresses ({@code /article/12/slug}, whole URLs too)
   * separated by commas, spaces or lines, in order; the picker fills it with ids.
   */
  static Picks picks(String text) {
    List<ArticleId> ids = new ArrayList<>();
    for (String token : text.strip().split("[,;\\s]+")) {
      if (token.isEmpty()) {
        continue;
      }
      Matcher address = ADDRESS.matcher(token);
      String digits =
          token.matches("[1-9][0-9]{0,17}") ? token : address.find() ? address.group(1) : "";
      if (digits.isEmpty()) {
        return new Picks(
            List.of(),
            Optional.of(
                "“"
                    + token
                    + "” is not a story's id or address. Give related stories by id or address."));
      }
      ArticleId id = new ArticleId(Long.parseLong(digits));
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return new Picks(ids, Optional.empty());
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
