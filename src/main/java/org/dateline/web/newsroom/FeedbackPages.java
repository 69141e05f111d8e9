package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.edition.Edition;
import org.dateline.feedback.Feedback;
import org.dateline.feedback.FeedbackState;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Permission;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.newsroom.FeedbackModel.FeedbackInboxPage;
import org.dateline.web.newsroom.FeedbackModel.FeedbackRow;
import org.dateline.web.newsroom.NewsroomModel.Nav;
import org.dateline.web.newsroom.NewsroomModel.Option;
import org.dateline.web.site.SiteChrome;
import org.jspecify.annotations.Nullable;

/**
 * The feedback inbox: readers' messages newest first, by state and per story, each linked to its
 * story, with buttons to mark it read, resolved or new again.
 */
public final class FeedbackPages {
  private static final String ALL = "all";

  /** Where a state change may send the browser back to: the inbox itself, never another site. */
  private static final String BACK = "/newsroom/feedback(\\?[A-Za-z0-9=&_-]*)?";

  private final Feedbacks feedbacks;
  private final Articles articles;
  private final NewsroomChrome chrome;

  public FeedbackPages(Feedbacks feedbacks, Articles articles, NewsroomChrome chrome) {
    this.feedbacks = feedbacks;
    this.articles = articles;
    this.chrome = chrome;
  }

  /** GET /newsroom/feedback?state=new|read|resolved|all&article=ID&before=ID */
  public void inbox(Context ctx) {
    String stateParam =
        Optional.ofNullable(ctx.queryParam("state")).orElse(FeedbackState.NEW.code());
    Optional<FeedbackState> state = FeedbackState.ofCode(stateParam);
    if (state.isEmpty() && !stateParam.equals(ALL)) {
      throw new BadRequest("Choose new, read, resolved or all feedback.");
    }
    Optional<Long> article = Inputs.optionalId(ctx.queryParam("article"), "story");
    Optional<Long> before = Inputs.optionalId(ctx.queryParam("before"), "page");
    Feedbacks.Page page = feedbacks.list(new Feedbacks.Filter(state, article), before);

    List<ArticleId> ids =
        new ArrayList<>(page.items().stream().map(f -> new ArticleId(f.articleId())).toList());
    article.ifPresent(a -> ids.add(new ArticleId(a)));
    Map<ArticleId, ArticleHeadline> headlines = articles.headlines(ids);
    Edition edition = chrome.editions().current();
    String current = href(stateParam, article, before);
    // Editors open the story in the editor from here: a reader's typo report is fixed in three
    // clicks (open, correct, publish the update).
    boolean canEdit = NewsroomAccess.user(ctx).can(Permission.EDIT_ANY);
    List<FeedbackRow> rows =
        page.items().stream()
            .map(f -> row(f, headlines.get(new ArticleId(f.articleId())), edition, canEdit))
            .toList();

    var counts = feedbacks.countsByState();
    List<Nav> tabs = new ArrayList<>();
    for (FeedbackState s : FeedbackState.values()) {
      tabs.add(
          new Nav(
              s.label() + " (" + counts.get(s) + ")",
              href(s.code(), article, Optional.empty()),
              s.code().equals(stateParam)));
    }
    tabs.add(new Nav("All", href(ALL, article, Optional.empty()), stateParam.equals(ALL)));
    String storyHeadline =
        article
            .map(
                a ->
                    Optional.ofNullable(headlines.get(new ArticleId(a)))
                        .map(ArticleHeadline::headline)
                        .orElse("story #" + a))
            .orElse("");
    chrome.send(
        ctx,
        200,
        "newsroom/feedback.jte",
        new FeedbackInboxPage(
            chrome.frame(ctx, "/newsroom/feedback"),
            tabs,
            storyHeadline,
            href(stateParam, Optional.empty(), Optional.empty()),
            rows,
            page.olderBefore().map(b -> href(stateParam, article, Optional.of(b))).orElse(""),
            before.isPresent() ? href(stateParam, article, Optional.empty()) : "",
            current));
  }

  /**
   * POST /newsroom/feedback/{id}: state=new|read|resolved, then 303 back to the inbox page it came
   * from.
   */
  public void setState(Context ctx) {
    long id = Inputs.pathId(ctx);
    FeedbackState state =
        FeedbackState.ofCode(ctx.formParam("state"))
            .orElseThrow(() -> new BadRequest("Choose new, read or resolved."));
    if (!feedbacks.setState(id, state)) {
      throw new NotFound("no such feedback");
    }
    String back = Inputs.text(ctx, "back");
    ctx.redirect(back.matches(BACK) ? back : "/newsroom/feedback", HttpStatus.SEE_OTHER);
  }

  private static FeedbackRow row(
      Feedback f, @Nullable ArticleHeadline headline, Edition edition, boolean canEdit) {
    List<Option> moves = new ArrayList<>();
    for (FeedbackState s : FeedbackState.values()) {
      if (!s.code().equals(f.state())) {
        moves.add(
            new Option(s.code(), s == FeedbackState.NEW ? "Mark new" : "Mark " + s.code(), false));
      }
    }
    String title = headline == null ? "Story #" + f.articleId() : headline.headline();
    String publicHref =
        headline != null && headline.isPublic()
            ? SiteChrome.articleHref(f.articleId(), headline.slug())
            : "";
    String gone = headline == null || headline.isPublic() ? "" : headline.state().code();
    return new FeedbackRow(
        f.id(),
        f.message().lines().toList(),
        edition.format(f.receivedAt()),
        f.receivedAt().toString(),
        FeedbackState.ofCode(f.state()).map(FeedbackState::label).orElse(f.state()),
        title,
        publicHref,
        gone,
        href(ALL, Optional.of(f.articleId()), Optional.empty()),
        canEdit && headline != null ? DeskRows.editHref(f.articleId()) : "",
        moves);
  }

  private static String href(String state, Optional<Long> article, Optional<Long> before) {
    StringBuilder b =
        new StringBuilder("/newsroom/feedback?state=")
            .append(URLEncoder.encode(state, StandardCharsets.UTF_8));
    article.ifPresent(a -> b.append("&article=").append(a));
    before.ifPresent(id -> b.append("&before=").append(id));
    return b.toString();
  }
}
