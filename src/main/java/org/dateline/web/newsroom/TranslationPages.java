package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.translation.Notice;
import org.dateline.translation.Translations;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.newsroom.TranslationModel.Box;
import org.dateline.web.newsroom.TranslationModel.Link;
import org.dateline.web.newsroom.TranslationModel.NoticeRow;
import org.dateline.web.newsroom.TranslationModel.Source;

/**
 * Translations in the newsroom (decision 0076): the translate action, dismissing a notice, and the
 * parts the editor, the desk and the dashboard show (the group, the source beside a translation,
 * the open notices).
 */
public final class TranslationPages {
  /** The most notices a desk or dashboard lists. */
  static final int NOTICES = 50;

  private final Translations translations;
  private final Stories stories;
  private final Editions editions;

  public TranslationPages(Translations translations, Stories stories, Editions editions) {
    this.translations = translations;
    this.stories = stories;
    this.editions = editions;
  }

  /** POST /newsroom/stories/{id}/translate: edition — a new draft there, opened in the editor. */
  public void translate(Context ctx) {
    long id = StoryPages.id(ctx);
    Story made = translations.translate(id, Inputs.text(ctx, "edition"), NewsroomAccess.user(ctx));
    Edition e = editions.of(made.edition());
    Flash.redirect(
        ctx,
        "/newsroom/stories/" + made.id(),
        "Translation started in the " + e.name() + " edition: a draft with the source's text.");
  }

  /** POST /newsroom/stories/{id}/notices/{n}/dismiss */
  public void dismiss(Context ctx) {
    long id = StoryPages.id(ctx);
    int n =
        org.dateline.shared.Ids.parse(ctx.pathParam("n"))
            .filter(x -> x < Integer.MAX_VALUE)
            .map(Long::intValue)
            .orElseThrow(() -> new NotFound("no such notice"));
    translations.dismiss(id, n, NewsroomAccess.user(ctx));
    String back = Inputs.text(ctx, "back");
    Flash.redirect(
        ctx,
        back.matches("/newsroom(/[^\\s\"<>]*)?") && !back.startsWith("//")
            ? back
            : "/newsroom/stories/" + id,
        "Notice dismissed.");
  }

  /** The editor's translations box for this story. */
  Box box(Story story, User user) {
    List<Link> links = new ArrayList<>();
    Set<String> held = new HashSet<>();
    held.add(story.edition());
    for (Story s : translations.group(story)) {
      held.add(s.edition());
      links.add(
          new Link(
              label(s.edition()),
              s.stage().label(),
              headline(s),
              "/newsroom/stories/" + s.id(),
              story.translatedFrom().map(f -> f == s.id()).orElse(false)));
    }
    Optional<Source> source =
        translations
            .source(story)
            .map(
                s ->
                    new Source(
                        label(s.edition()),
                        headline(s),
                        s.draft().summary(),
                        s.draft().body(),
                        "/newsroom/stories/" + s.id()));
    List<Option> targets = new ArrayList<>();
    if (user.can(Permission.EDIT_ANY) && story.stage() != Stage.KILLED) {
      for (Edition e : editions.all()) {
        if (!held.contains(e.code())) {
          targets.add(new Option(e.code(), e.name() + " (" + e.code() + ")", false));
        }
      }
    }
    return new Box(
        story.id(),
        links,
        source,
        rows(translations.openOn(story.id()), "/newsroom/stories/" + story.id()),
        targets);
  }

  /** The open notices of the desk of an edition (or every edition) as this user sees them. */
  List<NoticeRow> desk(User user, Optional<String> edition, String back) {
    return rows(translations.openFor(user, edition, NOTICES), back);
  }

  private List<NoticeRow> rows(List<Notice> notices, String back) {
    Edition site = editions.current();
    List<NoticeRow> out = new ArrayList<>();
    for (Notice n : notices) {
      Optional<Story> story = stories.find(n.storyId());
      Optional<Story> source = stories.find(n.sourceId());
      if (story.isEmpty()) {
        continue;
      }
      out.add(
          new NoticeRow(
              headline(story.get()),
              "/newsroom/stories/" + n.storyId(),
              label(story.get().edition()),
              n.kind() == Notice.Kind.KILLED ? "killed" : "corrected",
              source.map(TranslationPages::headline).orElse("Story " + n.sourceId()),
              "/newsroom/stories/" + n.sourceId(),
              n.note(),
              site.format(n.at()),
              "/newsroom/stories/" + n.storyId() + "/notices/" + n.n() + "/dismiss",
              back));
    }
    return out;
  }

  private String label(String code) {
    Edition e = editions.of(code);
    return e.name() + " (" + e.code() + ")";
  }

  private static String headline(Story s) {
    return s.draft().headline().isEmpty() ? "(no headline yet)" : s.draft().headline();
  }
}
