package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticlePaths;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.search.DeskSearch;
import org.dateline.search.Search;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.newsroom.NewsroomModel.DeskPage;
import org.dateline.web.newsroom.NewsroomModel.DeskRow;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.site.SiteChrome;

/**
 * The desk: stories by stage, filtered by section and author, newest first; with words, a full-text
 * search over every story the user may see, any stage, best match first.
 */
public final class DeskPages {
  private static final int LIMIT = 200;
  private final Stories stories;
  private final Sections sections;
  private final Users users;
  private final NewsroomChrome chrome;
  private final Search search;
  private final String baseUrl;

  public DeskPages(
      Stories stories,
      Sections sections,
      Users users,
      NewsroomChrome chrome,
      Search search,
      String baseUrl) {
    this.search = search;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.stories = stories;
    this.sections = sections;
    this.users = users;
    this.chrome = chrome;
  }

  public void list(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Stage stage = stage(ctx.queryParam("stage"));
    // Words without a stage (the box's "all stages") search every stage.
    boolean allStages = ctx.queryParam("stage") == null || "all".equals(ctx.queryParam("stage"));
    String section = trim(ctx.queryParam("section"));
    String author = trim(ctx.queryParam("author"));
    String q = trim(ctx.queryParam("q"));
    Optional<Long> authorId =
        author.matches("\\d{1,18}") ? Optional.of(Long.parseLong(author)) : Optional.empty();
    var query =
        new DeskQuery(
            stage,
            section.isEmpty() ? Optional.empty() : Optional.of(section),
            authorId,
            q.isEmpty() ? Optional.empty() : Optional.of(q));
    Edition edition = chrome.editions().current();
    Map<Stage, Integer> counts = stories.countsByStage();
    List<Option> stages = new ArrayList<>();
    for (Stage s : Stage.values()) {
      stages.add(
          new Option(
              s.code(),
              s.label() + (user.can(Permission.EDIT_ANY) ? " (" + counts.get(s) + ")" : ""),
              s == stage && !(allStages && !q.isEmpty())));
    }
    List<Option> sectionOptions = new ArrayList<>();
    sectionOptions.add(new Option("", "All sections", section.isEmpty()));
    for (Section s : sections.all()) {
      sectionOptions.add(new Option(s.name(), s.name(), s.name().equals(section)));
    }
    List<Option> authors = new ArrayList<>();
    authors.add(new Option("", "All authors", author.isEmpty()));
    if (user.can(Permission.EDIT_ANY)) {
      for (User u : users.all()) {
        authors.add(
            new Option(Long.toString(u.id()), u.name(), author.equals(Long.toString(u.id()))));
      }
    }
    // With words, the filter is full-text over every story the user may see, whatever its stage
    // (the stage is shown in each row); reporters see only their own.
    List<Story> found =
        q.isEmpty()
            ? stories.desk(query, user, LIMIT)
            : search
                .desk(
                    new DeskSearch(
                        q,
                        allStages ? Optional.empty() : Optional.of(stage.code()),
                        query.section(),
                        user.can(Permission.EDIT_ANY) ? authorId : Optional.of(user.id()),
                        LIMIT))
                .stream()
                .map(stories::find)
                .flatMap(Optional::stream)
                .filter(s -> user.can(Permission.EDIT_ANY) || s.createdBy() == user.id())
                .toList();
    List<DeskRow> rows = found.stream().map(s -> row(s, user, edition)).toList();
    chrome.send(
        ctx,
        200,
        "newsroom/desk.jte",
        new DeskPage(
            chrome.frame(ctx, "/newsroom/desk"),
            stage.code(),
            stages,
            sectionOptions,
            authors,
            q,
            rows,
            user.can(Permission.WRITE_OWN)));
  }

  /**
   * {@code /newsroom/links?q=}: published stories for the editor's "link to a story" (JSON: each
   * story's headline, absolute address and date), from the public search.
   */
  public void links(Context ctx) {
    String q = trim(ctx.queryParam("q"));
    Edition edition = chrome.editions().current();
    List<Map<String, String>> out = new ArrayList<>();
    if (!q.isEmpty() && q.length() <= SearchQuery.MAX_LENGTH) {
      for (SearchResults.Hit h : search.find(SearchQuery.reader(q)).results().hits()) {
        out.add(
            Map.of(
                "headline",
                h.headlineText(),
                "url",
                baseUrl + SiteChrome.articleHref(h.articleId(), h.slug()),
                "date",
                edition.format(h.publishedAt())));
      }
    }
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("stories", out));
  }

  private DeskRow row(Story s, User user, Edition edition) {
    String editing =
        stories.someoneElseEditing(s, user).map(e -> e.name() + " is editing").orElse("");
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
        s.stage() == Stage.PUBLISHED ? s.articleId().map(ArticlePaths::byId).orElse("") : "");
  }

  private static Stage stage(String code) {
    for (Stage s : Stage.values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return Stage.DRAFT;
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
