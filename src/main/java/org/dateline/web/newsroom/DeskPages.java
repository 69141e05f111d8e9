package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.DeskCounts;
import org.dateline.newsroom.workflow.DeskCursor;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.LiveQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
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
 * The desk: stories by stage (tabs with counts, editors land on Submitted, reporters on their
 * drafts), the Published and All tabs over every public story whatever its origin
 * (keyset-paginated), filtered by section and author; with words, a full-text search over every
 * story the user may see.
 */
public final class DeskPages {
  static final int LIMIT = 50;
  static final String ALL = "all";
  private final Stories stories;
  private final Desk desk;
  private final Sections sections;
  private final Users users;
  private final NewsroomChrome chrome;
  private final Search search;
  private final DeskRows rows;
  private final DeskWordFilter words;
  private final TranslationPages translations;
  private final String baseUrl;

  public DeskPages(
      Stories stories,
      Desk desk,
      Sections sections,
      Users users,
      NewsroomChrome chrome,
      Search search,
      DeskRows rows,
      TranslationPages translations,
      String baseUrl) {
    this.translations = translations;
    this.search = search;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.stories = stories;
    this.desk = desk;
    this.sections = sections;
    this.users = users;
    this.chrome = chrome;
    this.rows = rows;
    this.words = new DeskWordFilter(search, desk, rows);
  }

  public void list(Context ctx) {
    show(ctx, List.of());
  }

  /** The desk of the request's tab and filters, with the outcomes of a bulk action, if any. */
  void show(Context ctx, List<String> results) {
    User user = NewsroomAccess.user(ctx);
    String stageParam = ctx.queryParam("stage");
    String q = trim(ctx.queryParam("q"));
    // Editors land on what waits for them, reporters on their own drafts; words typed without a
    // chosen tab search every stage the user may see.
    String tab =
        stageParam == null || stageParam.isBlank()
            ? (!q.isEmpty()
                ? ALL
                : user.can(Permission.EDIT_ANY) ? Stage.SUBMITTED.code() : Stage.DRAFT.code())
            : stageParam;
    if (!ALL.equals(tab) && stage(tab).isEmpty()) {
      tab = Stage.DRAFT.code();
    }
    String section = trim(ctx.queryParam("section"));
    String author = trim(ctx.queryParam("author"));
    Optional<Long> authorId =
        author.matches("\\d{1,18}") ? Optional.of(Long.parseLong(author)) : Optional.empty();
    Optional<String> sectionName = section.isEmpty() ? Optional.empty() : Optional.of(section);
    Edition edition = chrome.editions().current();
    // The desk of one edition, or of all (decision 0079); an unknown code lists every edition.
    Optional<Edition> only = chrome.editions().byCode(trim(ctx.queryParam("edition")));
    Optional<String> editionCode = only.map(Edition::code);
    String filter = editionCode.orElse("");
    List<Option> editionOptions = new ArrayList<>();
    editionOptions.add(new Option("", "All editions", only.isEmpty()));
    List<Option> newIn = new ArrayList<>();
    for (Edition e : chrome.editions().all()) {
      String label = e.name() + " (" + e.code() + ")";
      editionOptions.add(new Option(e.code(), label, e.code().equals(filter)));
      newIn.add(new Option(e.code(), label, only.orElse(edition).code().equals(e.code())));
    }
    // The tabs count the chosen edition's desk (decision 0087).
    DeskCounts counts = desk.counts(user, editionCode);
    List<Option> tabs = new ArrayList<>();
    for (Stage s : Stage.values()) {
      int n = s == Stage.PUBLISHED ? counts.published() : counts.byStage().getOrDefault(s, 0);
      tabs.add(new Option(s.code(), s.label() + " (" + n + ")", s.code().equals(tab)));
    }
    tabs.add(new Option(ALL, "All (" + counts.all() + ")", ALL.equals(tab)));
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
    Optional<DeskCursor> after = DeskCursor.parse(ctx.queryParam("after"));
    List<DeskRow> found;
    String older = "";
    if (!q.isEmpty()) {
      found =
          words.rows(q, tab, sectionName, authorId, user, edition).stream()
              .filter(r -> filter.isEmpty() || r.edition().equals(filter))
              .toList();
    } else if (ALL.equals(tab) || Stage.PUBLISHED.code().equals(tab)) {
      Optional<Long> sectionId =
          sections.all().stream()
              .filter(s -> s.name().equals(section))
              .map(Section::id)
              .findFirst();
      List<DeskEntry> entries =
          desk.live(
              new LiveQuery(!ALL.equals(tab), sectionName, sectionId, authorId, after, editionCode),
              user,
              LIMIT);
      found = rows.rows(entries, user, edition);
      if (entries.size() == LIMIT) {
        older =
            href(tab, section, author, filter)
                + "&after="
                + entries.get(entries.size() - 1).cursor().token();
      }
    } else {
      var query =
          new DeskQuery(
              stage(tab).orElseThrow(), sectionName, authorId, Optional.empty(), editionCode);
      found = rows.storyRows(desk.tab(query, user, LIMIT), user, edition);
    }
    chrome.send(
        ctx,
        200,
        "newsroom/desk.jte",
        new DeskPage(
            chrome.frame(ctx, "/newsroom/desk"),
            tab,
            tabs,
            sectionOptions,
            authors,
            q,
            found,
            user.can(Permission.WRITE_OWN),
            older,
            after.isPresent() ? href(tab, section, author, filter) : "",
            user.can(Permission.EDIT_ANY) ? DeskBulk.options() : List.of(),
            href(tab, section, author, filter).replace("/newsroom/desk?", "/newsroom/desk/bulk?"),
            results,
            editionOptions,
            newIn,
            translations.desk(user, editionCode, href(tab, section, author, filter))));
  }

  /**
   * {@code GET /newsroom/articles/{id}/edit}: the public story in the editor. Its newsroom story is
   * made from the public record the first time (an import, the demo): opening it changes nothing
   * anyone else sees, so a plain link may do it (decision 0035).
   */
  public void editArticle(Context ctx) {
    long id = Inputs.pathId(ctx);
    Story story = stories.forArticle(id, NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/stories/" + story.id(), HttpStatus.SEE_OTHER);
  }

  /**
   * {@code /newsroom/links?q=}: published stories for the editor's "link to a story" and its
   * related-stories picker (JSON: each story's id, headline, absolute address and date), from the
   * public search.
   */
  public void links(Context ctx) {
    String q = trim(ctx.queryParam("q"));
    Edition edition = chrome.editions().current();
    List<Map<String, String>> out = new ArrayList<>();
    if (!q.isEmpty() && q.length() <= SearchQuery.MAX_LENGTH) {
      for (SearchResults.Hit h : search.find(SearchQuery.reader(q)).results().hits()) {
        out.add(
            Map.of(
                "id",
                Long.toString(h.articleId()),
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

  private static String href(String tab, String section, String author, String edition) {
    StringBuilder b = new StringBuilder("/newsroom/desk?stage=").append(tab);
    if (!edition.isEmpty()) {
      b.append("&edition=")
          .append(java.net.URLEncoder.encode(edition, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!section.isEmpty()) {
      b.append("&section=")
          .append(java.net.URLEncoder.encode(section, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!author.isEmpty()) {
      b.append("&author=")
          .append(java.net.URLEncoder.encode(author, java.nio.charset.StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  static Optional<Stage> stage(String code) {
    for (Stage s : Stage.values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
