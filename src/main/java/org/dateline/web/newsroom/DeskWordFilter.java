package org.dateline.web.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.search.DeskHits;
import org.dateline.search.DeskSearch;
import org.dateline.search.Search;
import org.dateline.web.newsroom.NewsroomModel.DeskRow;

/**
 * The desk's word filter: full-text over every story the user may see, in every stage with its
 * stage shown, of the chosen tab, section and author. The words are searched once for both parts
 * (the newsroom's stories, and for an editor on the Published and All tabs the public stories that
 * have no newsroom story among the hits), the page's ids only; the rows are then read one statement
 * per kind, as a tab's are (decisions 0096, 0103).
 */
final class DeskWordFilter {
  /** The public stories a filtered Published or All tab adds: a reader's first page. */
  static final int PUBLIC_LIMIT = 10;

  private final Search search;
  private final Desk desk;
  private final DeskRows rows;

  DeskWordFilter(Search search, Desk desk, DeskRows rows) {
    this.search = search;
    this.desk = desk;
    this.rows = rows;
  }

  /**
   * With words: the newsroom's stories (any stage when the tab is All) and, on the Published and
   * All tabs of an editor who chose no author, public stories that have no newsroom story found.
   */
  List<DeskRow> rows(
      String q,
      String tab,
      Optional<String> section,
      Optional<Long> authorId,
      User user,
      Edition edition) {
    boolean anyStage = DeskPages.ALL.equals(tab);
    boolean publicToo =
        user.can(Permission.EDIT_ANY)
            && authorId.isEmpty()
            && (anyStage || Stage.PUBLISHED.code().equals(tab));
    DeskHits hits =
        search.desk(
            new DeskSearch(
                q,
                anyStage ? Optional.empty() : Optional.of(tab),
                section,
                // Reporters see only their own stories: the index is asked for nothing else.
                user.can(Permission.EDIT_ANY) ? authorId : Optional.of(user.id()),
                DeskPages.LIMIT,
                publicToo ? PUBLIC_LIMIT : 0));
    // The hits' stories in one read (a reporter's own only), in the index's order.
    Map<Long, DeskStory> byId = desk.rows(hits.storyIds(), user);
    List<DeskStory> found =
        hits.storyIds().stream().map(byId::get).filter(Objects::nonNull).toList();
    Set<Long> seenArticles = new LinkedHashSet<>();
    found.forEach(s -> s.articleId().ifPresent(seenArticles::add));
    List<DeskRow> out = new ArrayList<>(rows.storyRows(found, user, edition));
    List<Long> publicHits = hits.articleIds().stream().filter(seenArticles::add).toList();
    out.addAll(rows.articleRows(publicHits, edition));
    return out;
  }
}
