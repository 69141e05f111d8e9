package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.newsroom.editor.WordDiff;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.shared.Html;
import org.dateline.web.BadRequest;
import org.dateline.web.newsroom.NewsroomModel.DiffPage;
import org.dateline.web.newsroom.NewsroomModel.FieldDiff;
import org.dateline.web.newsroom.NewsroomModel.HistoryPage;
import org.dateline.web.newsroom.NewsroomModel.RevisionRow;
import org.dateline.web.newsroom.NewsroomModel.VersionPage;

/** A story's versions: the list, one version, a word diff between two, and restoring one. */
public final class HistoryPages {
  private final Stories stories;
  private final NewsroomChrome chrome;

  public HistoryPages(Stories stories, NewsroomChrome chrome) {
    this.stories = stories;
    this.chrome = chrome;
  }

  public void list(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(StoryPages.id(ctx), user);
    Edition edition = chrome.editions().current();
    List<RevisionRow> rows =
        stories.history(story.id(), user).stream()
            .map(
                r ->
                    new RevisionRow(
                        r.version(),
                        r.savedByName(),
                        edition.format(r.savedAt()),
                        r.note(),
                        r.version() == story.version()))
            .toList();
    chrome.send(
        ctx,
        200,
        "newsroom/history.jte",
        new HistoryPage(
            chrome.frame(ctx, "/newsroom/desk"),
            story.id(),
            story.draft().headline(),
            rows,
            stories.mayEdit(story, user)));
  }

  public void version(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(StoryPages.id(ctx), user);
    Revision r = stories.revision(story.id(), number(ctx.pathParam("version")), user);
    chrome.send(
        ctx,
        200,
        "newsroom/version.jte",
        new VersionPage(
            chrome.frame(ctx, "/newsroom/desk"),
            story.id(),
            r.version(),
            r.savedByName(),
            chrome.editions().current().format(r.savedAt()),
            DraftForm.of(r.draft()),
            stories.mayEdit(story, user)));
  }

  public void diff(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.get(StoryPages.id(ctx), user);
    int from = number(ctx.queryParam("from"));
    int to = number(ctx.queryParam("to"));
    Draft a = stories.revision(story.id(), from, user).draft();
    Draft b = stories.revision(story.id(), to, user).draft();
    chrome.send(
        ctx,
        200,
        "newsroom/diff.jte",
        new DiffPage(chrome.frame(ctx, "/newsroom/desk"), story.id(), from, to, fields(a, b)));
  }

  public void restore(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Story story = stories.restore(StoryPages.id(ctx), number(ctx.formParam("version")), user);
    ctx.redirect("/newsroom/stories/" + story.id() + "?done=saved", HttpStatus.SEE_OTHER);
  }

  /** The word diff of every field of two drafts. */
  static List<FieldDiff> fields(Draft a, Draft b) {
    List<FieldDiff> out = new ArrayList<>();
    add(out, "Headline", a.headline(), b.headline());
    add(out, "Summary", a.summary(), b.summary());
    add(out, "Section", a.section(), b.section());
    add(out, "Bylines", String.join(", ", a.bylines()), String.join(", ", b.bylines()));
    add(out, "Dateline", dateline(a), dateline(b));
    add(out, "Body", bodyText(a.body()), bodyText(b.body()));
    add(out, "Topics", String.join(", ", a.tags()), String.join(", ", b.tags()));
    add(out, "Urgency", Integer.toString(a.urgency()), Integer.toString(b.urgency()));
    return out;
  }

  private static void add(List<FieldDiff> out, String field, String a, String b) {
    out.add(new FieldDiff(field, a.equals(b) ? List.of() : WordDiff.between(a, b)));
  }

  private static String dateline(Draft d) {
    return (d.datelinePlace() + " " + d.datelineDate() + " " + d.datelineSource()).strip();
  }

  /** The body as plain text, one block after another. */
  static String bodyText(List<Block> body) {
    StringBuilder out = new StringBuilder();
    for (Block b : body) {
      if (b instanceof Block.Paragraph p) {
        out.append(Html.toText(p.html()));
      } else if (b instanceof Block.Heading h) {
        out.append(h.text());
      } else if (b instanceof Block.Quote q) {
        out.append('“')
            .append(q.text())
            .append('”')
            .append(q.cite().isEmpty() ? "" : " — " + q.cite());
      } else if (b instanceof Block.ListBlock l) {
        out.append(String.join(" • ", l.items()));
      } else if (b instanceof Block.Photo p) {
        out.append("[Photo: ").append(p.alt()).append("] ").append(p.caption());
      }
      out.append(" ¶ ");
    }
    return out.toString().strip();
  }

  private static int number(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
      throw new BadRequest("Please choose a version.");
    }
    return Integer.parseInt(text);
  }
}
