package org.dateline;

import org.dateline.media.Photos;
import org.dateline.search.Search;
import org.dateline.web.newsroom.AccountPages;
import org.dateline.web.newsroom.CurationPages;
import org.dateline.web.newsroom.DashboardPages;
import org.dateline.web.newsroom.DeskBulk;
import org.dateline.web.newsroom.DeskPages;
import org.dateline.web.newsroom.DeskRows;
import org.dateline.web.newsroom.EditionPages;
import org.dateline.web.newsroom.FeedbackPages;
import org.dateline.web.newsroom.HistoryPages;
import org.dateline.web.newsroom.IncomingPages;
import org.dateline.web.newsroom.LoginPages;
import org.dateline.web.newsroom.NewsroomAccess;
import org.dateline.web.newsroom.NewsroomChrome;
import org.dateline.web.newsroom.NewsroomErrors;
import org.dateline.web.newsroom.NewsroomRoutes;
import org.dateline.web.newsroom.PhotoUpload;
import org.dateline.web.newsroom.RulePages;
import org.dateline.web.newsroom.SectionPages;
import org.dateline.web.newsroom.StoryPages;
import org.dateline.web.newsroom.SubscriberPages;
import org.dateline.web.newsroom.TranslationPages;
import org.dateline.web.newsroom.UserPages;

/** The newsroom's pages: every handler of {@code /newsroom}, in its route table. */
final class NewsroomSurface {
  private NewsroomSurface() {}

  /** The newsroom's route table, over the features and the public site it previews with. */
  static NewsroomRoutes routes(Features features, SiteSurface siteSurface, Search search) {
    var config = features.config();
    var store = features.store();
    var newsroom = features.newsroom();
    var partners = features.partners();
    var wireParts = features.wire();
    var clock = features.clock();
    var editions = store.editions();
    var sections = store.sections();
    var articles = store.articles();
    var feedbacks = store.feedbacks();
    var users = newsroom.users();
    var stories = newsroom.stories();
    var desk = newsroom.desk();
    var notes = newsroom.notes();
    var incomingDesk = partners.incomingDesk();
    var incoming = partners.incoming();
    var articlePages = siteSurface.articlePages();
    var media = siteSurface.media();
    NewsroomChrome newsroomChrome =
        new NewsroomChrome(editions, feedbacks, siteSurface.assets(), siteSurface.views());
    NewsroomAccess access = new NewsroomAccess(users);
    // Translations between editions (decision 0076): notices follow the workflow's corrections and
    // kills, in their transactions.
    TranslationPages translationPages =
        new TranslationPages(newsroom.translations(), stories, editions);
    var deskPages =
        new DeskPages(
            stories,
            desk,
            sections,
            users,
            newsroomChrome,
            search,
            new DeskRows(stories, desk, articles),
            translationPages,
            config.baseUrl());
    return new NewsroomRoutes(
        access,
        new LoginPages(users, newsroomChrome),
        deskPages,
        new DeskBulk(newsroom.workflow(), deskPages),
        new StoryPages(
            stories,
            desk,
            newsroom.workflow(),
            sections,
            newsroomChrome,
            articlePages,
            incomingDesk,
            notes,
            translationPages),
        new PhotoUpload(new Photos(config.mediaDir()), media),
        new HistoryPages(stories, newsroomChrome),
        new FeedbackPages(feedbacks, articles, newsroomChrome),
        new CurationPages(store.curation(), articles, newsroomChrome, search),
        new SectionPages(sections, newsroomChrome),
        new UserPages(users, newsroomChrome),
        new AccountPages(users, newsroomChrome),
        new DashboardPages(
            articles, feedbacks, stories, notes, newsroomChrome, translationPages, clock),
        new SubscriberPages(
            wireParts.subscribers(), wireParts.deliveries(), sections, editions, newsroomChrome),
        new IncomingPages(incomingDesk, incoming, newsroomChrome),
        new RulePages(partners.routing(), incoming, sections, newsroomChrome),
        new EditionPages(editions, newsroomChrome),
        translationPages,
        new NewsroomErrors(newsroomChrome));
  }
}
