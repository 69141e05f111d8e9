package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.article.PublishedCounts;
import org.dateline.edition.Edition;
import org.dateline.feedback.Feedback;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.web.newsroom.NewsroomModel.DashboardPage;
import org.dateline.web.newsroom.NewsroomModel.FeedbackItem;
import org.dateline.web.newsroom.NewsroomModel.UpcomingRow;
import org.dateline.web.site.SiteChrome;

/**
 * The dashboard, the newsroom's first page: stories published per day per section and feedback per
 * day over the last {@link #DAYS} days (days in the edition's zone), the newest feedback for those
 * who triage it, and the next scheduled and embargoed stories.
 */
public final class DashboardPages {
  static final int DAYS = 14;
  private static final int NEWEST_FEEDBACK = 10;
  private static final int UPCOMING = 10;

  private final Articles articles;
  private final Feedbacks feedbacks;
  private final Stories stories;
  private final NewsroomChrome chrome;
  private final Clock clock;
  private final DashboardDesk desk;
  private final TranslationPages translations;

  public DashboardPages(
      Articles articles,
      Feedbacks feedbacks,
      Stories stories,
      StoryNotes notes,
      NewsroomChrome chrome,
      TranslationPages translations,
      Clock clock) {
    this.translations = translations;
    this.desk = new DashboardDesk(stories, notes);
    this.articles = articles;
    this.feedbacks = feedbacks;
    this.stories = stories;
    this.chrome = chrome;
    this.clock = clock;
  }

  /** GET /newsroom */
  public void show(Context ctx) {
    User user = NewsroomAccess.user(ctx);
    Edition edition = chrome.editions().current();
    ZoneId zone = edition.zone();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    DateTimeFormatter dayFormat =
        DateTimeFormatter.ofPattern("MMM d", Locale.forLanguageTag(edition.language()));
    List<Instant> bounds = new ArrayList<>();
    List<String> days = new ArrayList<>();
    for (int i = 0; i <= DAYS; i++) {
      LocalDate day = today.minusDays(DAYS - 1 - i);
      bounds.add(day.atStartOfDay(zone).toInstant());
      if (i < DAYS) {
        days.add(dayFormat.format(day));
      }
    }

    List<BarChart.Series> sections = new ArrayList<>();
    for (PublishedCounts c : articles.publishedPerInterval(bounds)) {
      sections.add(new BarChart.Series(c.section().orElse("No section"), c.perInterval()));
    }
    BarChart.Chart published =
        BarChart.stacked(
            "published",
            "Stories published per day, by section",
            "story",
            "stories",
            days,
            sections);
    BarChart.Chart received =
        BarChart.stacked(
            "feedback",
            "Reader feedback received per day",
            "message",
            "messages",
            days,
            List.of(new BarChart.Series("Messages", feedbacks.receivedPerInterval(bounds))));

    boolean triage = user.can(Permission.TRIAGE);
    chrome.send(
        ctx,
        200,
        "newsroom/dashboard.jte",
        new DashboardPage(
            chrome.frame(ctx, "/newsroom"),
            chrome.assets().url("css/dashboard.css"),
            zone.getId(),
            published,
            received,
            triage,
            triage ? newestFeedback(edition) : List.of(),
            upcoming(user, edition),
            desk.panel(user, edition),
            translations.desk(user, Optional.empty(), "/newsroom")));
  }

  private List<FeedbackItem> newestFeedback(Edition edition) {
    List<Feedback> newest = feedbacks.newest(NEWEST_FEEDBACK);
    Map<ArticleId, ArticleHeadline> headlines =
        articles.headlines(newest.stream().map(f -> new ArticleId(f.articleId())).toList());
    List<FeedbackItem> items = new ArrayList<>();
    for (Feedback f : newest) {
      ArticleHeadline h = headlines.get(new ArticleId(f.articleId()));
      items.add(
          new FeedbackItem(
              edition.format(f.receivedAt()),
              f.receivedAt().toString(),
              f.message().lines().toList(),
              h == null ? "Story #" + f.articleId() : h.headline(),
              h != null && h.isPublic() ? SiteChrome.articleHref(f.articleId(), h.slug()) : "",
              "/newsroom/feedback?state=all&article=" + f.articleId()));
    }
    return items;
  }

  /** The next scheduled and embargoed stories; reporters see their own, as on the desk. */
  private List<UpcomingRow> upcoming(User user, Edition edition) {
    List<UpcomingRow> rows = new ArrayList<>();
    for (Story s : stories.upcoming(user, UPCOMING)) {
      Instant when = s.scheduledAt().or(s::embargoUntil).orElse(s.updatedAt());
      rows.add(
          new UpcomingRow(
              s.draft().headline().isEmpty() ? "(no headline yet)" : s.draft().headline(),
              "/newsroom/stories/" + s.id(),
              s.stage().label(),
              edition.format(when),
              when.toString(),
              s.createdByName()));
    }
    return rows;
  }
}
