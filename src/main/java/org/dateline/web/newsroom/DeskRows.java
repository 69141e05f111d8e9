package org.dateline.web.newsroom;

import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticlePaths;
import org.dateline.article.Articles;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.web.newsroom.NewsroomModel.DeskRow;
import org.dateline.web.site.SiteChrome;

/**
 * The desk's rows: a newsroom story opens in the editor at its own address; a public story without
 * one (an import, the demo) at {@code /newsroom/articles/ID/edit}, which makes its newsroom story.
 */
public final class DeskRows {
  private final Stories stories;
  private final Desk desk;
  private final Articles articles;

  public DeskRows(Stories stories, Desk desk, Articles articles) {
    this.stories = stories;
    this.desk = desk;
    this.articles = articles;
  }

  /** The row of a Published or All entry; empty when it went away since it was listed. */
  Optional<DeskRow> row(DeskEntry e, User user, Edition edition) {
    if (e.storyId().isPresent()) {
      return stories.find(e.storyId().get()).map(s -> row(s, user, edition));
    }
    return e.articleId().flatMap(a -> articleRow(a, user, edition));
  }

  DeskRow row(Story s, User user, Edition edition) {
    List<String> others = desk.othersIn(s.id(), user);
    String editing =
        others.isEmpty()
            ? ""
            : String.join(", ", others) + (others.size() == 1 ? " is" : " are") + " in it now";
    // A published story is listed by what readers have, marked when its working copy differs.
    Optional<Stories.Live> live = stories.live(s);
    String headline = live.map(Stories.Live::headline).orElse(s.draft().headline());
    return new DeskRow(
        s.id(),
        "/newsroom/stories/" + s.id(),
        headline.isEmpty() ? "(no headline yet)" : headline,
        s.draft().section().isEmpty() ? "All News" : s.draft().section(),
        s.createdByName(),
        s.stage().label()
            + (live.filter(Stories.Live::changed).isPresent() ? " · changes not published" : ""),
        edition.format(s.updatedAt()),
        editing,
        s.stage() == Stage.PUBLISHED ? s.articleId().map(ArticlePaths::byId).orElse("") : "",
        s.edition());
  }

  /** A public story's row (it may have a newsroom story by now: then that one's). */
  Optional<DeskRow> articleRow(long articleId, User user, Edition edition) {
    Optional<Article> found = articles.find(new ArticleId(articleId));
    if (found.isEmpty() || !found.get().isPublic()) {
      return Optional.empty();
    }
    Article a = found.get();
    return Optional.of(
        new DeskRow(
            0,
            editHref(articleId),
            a.headline(),
            a.section().map(org.dateline.section.Section::name).orElse("All News"),
            String.join(", ", a.content().bylines()),
            Stage.PUBLISHED.label(),
            edition.format(a.lastChanged()),
            "",
            SiteChrome.articleHref(articleId, a.slug()),
            a.edition()));
  }

  /** Where a public story opens in the editor. */
  public static String editHref(long articleId) {
    return "/newsroom/articles/" + articleId + "/edit";
  }
}
