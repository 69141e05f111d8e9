package org.dateline;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.article.Articles;
import org.dateline.article.jdbi.ArticleTables;
import org.dateline.changelog.ChangeLog;
import org.dateline.changelog.jdbi.ChangeLogTables;
import org.dateline.curation.Curation;
import org.dateline.curation.jdbi.CurationTables;
import org.dateline.demo.DemoContent;
import org.dateline.edition.Editions;
import org.dateline.edition.jdbi.EditionTables;
import org.dateline.feedback.Feedbacks;
import org.dateline.feedback.jdbi.FeedbackTables;
import org.dateline.ingest.Ingest;
import org.dateline.media.Photos;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.auth.jdbi.AuthTables;
import org.dateline.newsroom.workflow.Scheduler;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.section.Sections;
import org.dateline.section.jdbi.SectionTables;
import org.dateline.storage.Database;
import org.dateline.storage.Transactions;
import org.dateline.web.Assets;
import org.dateline.web.CacheFollower;
import org.dateline.web.Errors;
import org.dateline.web.HttpServer;
import org.dateline.web.PageCache;
import org.dateline.web.PublicPages;
import org.dateline.web.Routes;
import org.dateline.web.Views;
import org.dateline.web.newsroom.AccountPages;
import org.dateline.web.newsroom.CurationPages;
import org.dateline.web.newsroom.DashboardPages;
import org.dateline.web.newsroom.DeskPages;
import org.dateline.web.newsroom.FeedbackPages;
import org.dateline.web.newsroom.HistoryPages;
import org.dateline.web.newsroom.LoginPages;
import org.dateline.web.newsroom.NewsroomAccess;
import org.dateline.web.newsroom.NewsroomChrome;
import org.dateline.web.newsroom.NewsroomErrors;
import org.dateline.web.newsroom.NewsroomRoutes;
import org.dateline.web.newsroom.PhotoUpload;
import org.dateline.web.newsroom.SectionPages;
import org.dateline.web.newsroom.StoryPages;
import org.dateline.web.newsroom.UserPages;
import org.dateline.web.site.ArticlePages;
import org.dateline.web.site.FeedbackForm;
import org.dateline.web.site.ListPages;
import org.dateline.web.site.MediaFiles;
import org.dateline.web.site.SiteChrome;

/** The composition root: builds every object by hand, in dependency order. */
public final class Wiring implements AutoCloseable {
  private final Config config;
  private final Clock clock;
  private final Database database;
  private final Editions editions;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Articles articles;
  private final Feedbacks feedbacks;
  private final Curation curation;
  private final Ingest ingest;
  private final DemoContent demo;
  private final Transactions transactions;
  private final Users users;
  private final Stories stories;
  private final Workflow workflow;
  private final Scheduler scheduler;
  private ScheduledExecutorService poller;
  private PageCache pageCache;
  private HttpServer server;
  private Views views;
  private final AtomicLong polls = new AtomicLong();

  public Wiring(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.database = Database.open(config.dataDir());
    var jdbi = database.jdbi();
    this.editions = new Editions(EditionTables.repository(jdbi));
    this.sections = new Sections(SectionTables.repository(jdbi));
    this.changeLog = new ChangeLog(ChangeLogTables.repository(jdbi), clock);
    this.transactions = new Transactions(jdbi);
    this.articles =
        new Articles(ArticleTables.repository(jdbi), sections, changeLog, transactions, clock);
    this.feedbacks = new Feedbacks(FeedbackTables.repository(jdbi), clock);
    this.curation = new Curation(CurationTables.repository(jdbi), articles);
    this.ingest = new Ingest(articles, sections, editions);
    this.demo = new DemoContent(articles, sections, ingest, editions, config.mediaDir());
    this.users =
        new Users(
            AuthTables.users(jdbi),
            AuthTables.throttle(jdbi),
            new PasswordHasher(),
            transactions,
            clock);
    var storyRepository = StoryTables.repository(jdbi);
    this.stories = new Stories(storyRepository, articles, transactions, clock);
    this.workflow = new Workflow(storyRepository, articles, editions, transactions, clock);
    this.scheduler = new Scheduler(storyRepository, workflow, clock);
  }

  /** Starts the public site; the page cache follows the change log, also of other processes. */
  public HttpServer startServer() {
    // Development mode reads templates and static files from the source folders at every request.
    PageCache cache = config.dev().isPresent() ? PageCache.off() : new PageCache();
    pageCache = cache;
    Views views =
        config
            .dev()
            .map(dev -> Views.fromSources(dev.templates(), dev.compiledTemplates()))
            .orElseGet(Views::new);
    this.views = views;
    Assets assets =
        config.dev().map(dev -> Assets.fromSources(dev.staticFiles())).orElseGet(Assets::new);
    PublicPages pages = new PublicPages(cache, views, clock);
    SiteChrome site = new SiteChrome(editions, sections, assets, config.baseUrl(), clock);
    ArticlePages articlePages = new ArticlePages(articles, site, pages);
    NewsroomChrome newsroomChrome = new NewsroomChrome(editions, feedbacks, assets, views);
    NewsroomAccess access = new NewsroomAccess(users);
    MediaFiles media = new MediaFiles(config.mediaDir(), articles);
    NewsroomRoutes newsroom =
        new NewsroomRoutes(
            access,
            new LoginPages(users, newsroomChrome),
            new DeskPages(stories, sections, users, newsroomChrome),
            new StoryPages(stories, workflow, sections, newsroomChrome, articlePages),
            new PhotoUpload(new Photos(config.mediaDir()), media),
            new HistoryPages(stories, newsroomChrome),
            new FeedbackPages(feedbacks, articles, newsroomChrome),
            new CurationPages(curation, articles, newsroomChrome),
            new SectionPages(sections, newsroomChrome),
            new UserPages(users, newsroomChrome),
            new AccountPages(users, newsroomChrome),
            new DashboardPages(articles, feedbacks, stories, newsroomChrome, clock),
            new NewsroomErrors(newsroomChrome));
    Routes routes =
        new Routes(
            new ListPages(articles, sections, curation, site, pages),
            articlePages,
            new FeedbackForm(feedbacks, articlePages, pages),
            media,
            assets);
    // The page cache follows the change log: after each commit here at once, and every half
    // second for other processes (an import, a second node), dropping only the pages a change
    // touches. Curation and sections are no story change: each has its own version.
    CacheFollower follower = new CacheFollower(cache, changeLog, curation, sections);
    follower.start();
    // After a commit the change is stored: a failure to follow it must not fail the request
    // (the poller catches up).
    Runnable catchUp =
        () -> {
          try {
            follower.catchUp();
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("change log catch-up failed", e);
          }
        };
    changeLog.onCommit(seq -> catchUp.run());
    curation.onChange(version -> catchUp.run());
    sections.onChange(version -> catchUp.run());
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "changelog-poller");
              t.setDaemon(true);
              return t;
            });
    // Another process (an import, a second node) may write: follow the log every half second,
    // counting the looks (tests wait on them rather than on the clock).
    ScheduledFuture<?> unused =
        poller.scheduleWithFixedDelay(
            () -> {
              catchUp.run();
              polls.incrementAndGet();
            },
            500,
            500,
            TimeUnit.MILLISECONDS);
    scheduler.start();
    server =
        new HttpServer(routes, newsroom, new Errors(site, pages), cache)
            .start(config.host(), config.port());
    return server;
  }

  /**
   * How many looks the change-log poller has finished (tests wait on it rather than on the clock).
   */
  public long polls() {
    return polls.get();
  }

  /** The started server's templates (null before {@link #startServer}). */
  public Views views() {
    return views;
  }

  /** The started server (null before {@link #startServer}). */
  public HttpServer server() {
    return server;
  }

  /** The public pages' cache of the started server (null before {@link #startServer}). */
  public PageCache pageCache() {
    return pageCache;
  }

  public Database database() {
    return database;
  }

  public Editions editions() {
    return editions;
  }

  public Sections sections() {
    return sections;
  }

  public Articles articles() {
    return articles;
  }

  public Feedbacks feedbacks() {
    return feedbacks;
  }

  public Curation curation() {
    return curation;
  }

  public Ingest ingest() {
    return ingest;
  }

  public DemoContent demo() {
    return demo;
  }

  public ChangeLog changeLog() {
    return changeLog;
  }

  public Users users() {
    return users;
  }

  public Stories stories() {
    return stories;
  }

  public Workflow workflow() {
    return workflow;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    if (poller != null) {
      poller.shutdownNow();
    }
    scheduler.close();
    database.close();
  }
}
