package org.dateline.web.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleLine;
import org.dateline.article.ArticlePaths;
import org.dateline.article.Articles;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.web.newsroom.NewsroomModel.DeskRow;
import org.dateline.web.site.SiteChrome;

/**
 * The desk's rows: a newsroom story opens in the editor at its own address; a public story without
 * one (an import, the demo) at {@code /newsroom/articles/ID/edit}, which makes its newsroom story.
 * A page's rows are read together, one statement per kind (its stories, who is in them, their
 * public records), however many rows it has (decision 0096); a newsroom story's row from its
 * columns, without reading its draft unless it is published with changes not known to be none
 * (decisions 0109, 0129); a public story's from its line, without reading its body (decision 0120).
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

  /**
   * The rows of a page of the Published or All tab, in its order; an entry that went away since it
   * was listed has none.
   */
  List<DeskRow> rows(List<DeskEntry> entries, User user, Edition edition) {
    Map<Long, DeskStory> found =
        desk.rows(entries.stream().flatMap(e -> e.storyId().stream()).toList(), user);
    Map<ArticleId, ArticleLine> public_ =
        articles.lines(
            entries.stream()
                .filter(e -> e.storyId().isEmpty())
                .flatMap(e -> e.articleId().stream())
                .map(ArticleId::new)
                .toList());
    Facts facts = facts(found.values(), user);
    List<DeskRow> out = new ArrayList<>();
    for (DeskEntry e : entries) {
      if (e.storyId().isPresent()) {
        DeskStory s = found.get(e.storyId().get());
        if (s != null) {
          out.add(row(s, facts, edition));
        }
      } else {
        e.articleId()
            .map(id -> public_.get(new ArticleId(id)))
            .flatMap(a -> articleRow(a, edition))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** The rows of these stories, in their order. */
  List<DeskRow> storyRows(List<DeskStory> list, User user, Edition edition) {
    Facts facts = facts(list, user);
    return list.stream().map(s -> row(s, facts, edition)).toList();
  }

  /** The rows of these public stories, in their order; those not public now have none. */
  List<DeskRow> articleRows(List<Long> articleIds, Edition edition) {
    Map<ArticleId, ArticleLine> found =
        articles.lines(articleIds.stream().map(ArticleId::new).toList());
    List<DeskRow> out = new ArrayList<>();
    for (long id : articleIds) {
      Optional.ofNullable(found.get(new ArticleId(id)))
          .flatMap(a -> articleRow(a, edition))
          .ifPresent(out::add);
    }
    return out;
  }

  /** Who else is in each story and what readers have of each, read for a page at once. */
  private record Facts(Map<Long, List<String>> others, Map<Long, Stories.Live> live) {}

  private Facts facts(java.util.Collection<DeskStory> list, User user) {
    // Only a published story's row was read with its draft: what readers have is compared with it.
    List<Story> published = list.stream().flatMap(s -> s.published().stream()).toList();
    return new Facts(
        desk.othersIn(list.stream().map(DeskStory::id).toList(), user), stories.live(published));
  }

  private static DeskRow row(DeskStory s, Facts facts, Edition edition) {
    List<String> others = facts.others().getOrDefault(s.id(), List.of());
    String editing =
        others.isEmpty()
            ? ""
            : String.join(", ", others) + (others.size() == 1 ? " is" : " are") + " in it now";
    // A published story is listed by what readers have, marked when its working copy differs;
    // one whose stored draft fingerprint is its public record's is known unchanged (decision 0129).
    Optional<Stories.Live> live = Optional.ofNullable(facts.live().get(s.id()));
    String headline = live.map(Stories.Live::headline).or(s::unchangedLive).orElse(s.headline());
    return new DeskRow(
        s.id(),
        "/newsroom/stories/" + s.id(),
        headline.isEmpty() ? "(no headline yet)" : headline,
        s.section().isEmpty() ? "All News" : s.section(),
        s.createdByName(),
        s.stage().label()
            + (live.filter(Stories.Live::changed).isPresent() ? " · changes not published" : ""),
        edition.format(s.updatedAt()),
        editing,
        s.stage() == Stage.PUBLISHED ? s.articleId().map(ArticlePaths::byId).orElse("") : "",
        s.edition());
  }

  /** A public story's row, from its line (no body read); none when it is not public now. */
  private static Optional<DeskRow> articleRow(ArticleLine a, Edition edition) {
    if (!a.isPublic()) {
      return Optional.empty();
    }
    long articleId = a.id().value();
    return Optional.of(
        new DeskRow(
            0,
            editHref(articleId),
            a.headline(),
            a.sectionName().orElse("All News"),
            String.join(", ", a.bylines()),
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
