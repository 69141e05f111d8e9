package org.dateline.web.newsroom;

import static org.dateline.newsroom.auth.Permission.ADMINISTER;
import static org.dateline.newsroom.auth.Permission.CURATE;
import static org.dateline.newsroom.auth.Permission.EDIT_ANY;
import static org.dateline.newsroom.auth.Permission.PUBLISH;
import static org.dateline.newsroom.auth.Permission.TRIAGE;
import static org.dateline.newsroom.auth.Permission.WRITE_OWN;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.dateline.web.RequestBodies;
import org.dateline.web.RequestBodies.Kind;

/**
 * The newsroom's route table: path, handler, guard. {@code signedIn} pages need any account, {@code
 * reads(P)} pages need permission P, {@code writes(P)} requests also need the CSRF token. Finer
 * checks (a reporter's own story) are made by the facades.
 */
public final class NewsroomRoutes {
  /** The most a story's form may be: its whole text, percent-encoded, with room to spare. */
  static final long STORY_BYTES = 1024 * 1024;

  private final NewsroomAccess access;
  private final LoginPages login;
  private final DeskPages desk;
  private final DeskBulk bulk;
  private final StoryPages story;
  private final HistoryPages history;
  private final FeedbackPages feedback;
  private final CurationPages curation;
  private final SectionPages sections;
  private final UserPages users;
  private final AccountPages account;
  private final DashboardPages dashboard;
  private final NewsroomErrors errors;
  private final PhotoUpload photos;
  private final SubscriberPages subscribers;
  private final IncomingPages incoming;
  private final RulePages rules;
  private final EditionPages editions;
  private final TranslationPages translations;

  public NewsroomRoutes(
      NewsroomAccess access,
      LoginPages login,
      DeskPages desk,
      DeskBulk bulk,
      StoryPages story,
      PhotoUpload photos,
      HistoryPages history,
      FeedbackPages feedback,
      CurationPages curation,
      SectionPages sections,
      UserPages users,
      AccountPages account,
      DashboardPages dashboard,
      SubscriberPages subscribers,
      IncomingPages incoming,
      RulePages rules,
      EditionPages editions,
      TranslationPages translations,
      NewsroomErrors errors) {
    this.translations = translations;
    this.editions = editions;
    this.subscribers = subscribers;
    this.incoming = incoming;
    this.rules = rules;
    this.access = access;
    this.login = login;
    this.desk = desk;
    this.bulk = bulk;
    this.story = story;
    this.history = history;
    this.feedback = feedback;
    this.curation = curation;
    this.sections = sections;
    this.users = users;
    this.account = account;
    this.dashboard = dashboard;
    this.errors = errors;
    this.photos = photos;
  }

  public void register(RoutesConfig r) {
    r.before("/newsroom", access::load);
    r.before("/newsroom/<rest>", access::load);
    // Only a signed-in user's POST is read at all; anyone else's is refused unread.
    r.before("/newsroom/<rest>", NewsroomRoutes::signedInToPost);
    // Bodies are forms of at most 64 KB (RequestBodies) except a story's text and a photo.
    r.before("/newsroom/stories/{id}", larger(Kind.FORM, STORY_BYTES));
    r.before("/newsroom/stories/{id}/autosave", larger(Kind.FORM, STORY_BYTES));
    r.before("/newsroom/stories/{id}/action", larger(Kind.FORM, STORY_BYTES));
    r.before("/newsroom/photos", larger(Kind.MULTIPART, PhotoUpload.MAX_REQUEST_BYTES));
    r.get("/newsroom/login", login::form);
    r.post("/newsroom/login", login::login);
    r.post("/newsroom/logout", access.signedIn(login::logout));

    r.get("/newsroom", access.signedIn(dashboard::show));
    r.get("/newsroom/desk", access.signedIn(desk::list));
    r.post("/newsroom/desk/bulk", access.writes(EDIT_ANY, bulk::apply));
    r.get("/newsroom/links", access.reads(WRITE_OWN, desk::links));

    r.post("/newsroom/stories", access.writes(WRITE_OWN, story::create));
    r.get("/newsroom/stories/{id}", access.reads(WRITE_OWN, story::view));
    r.post("/newsroom/stories/{id}", access.writes(WRITE_OWN, story::save));
    r.post("/newsroom/stories/{id}/autosave", access.writes(WRITE_OWN, story::autosave));
    r.post("/newsroom/stories/{id}/action", access.writes(WRITE_OWN, story::action));
    r.get("/newsroom/stories/{id}/preview", access.reads(WRITE_OWN, story::preview));
    r.get("/newsroom/stories/{id}/kill", access.reads(PUBLISH, story::confirmKill));
    // Who is in the story: the editor page's heartbeat, and its beacon when it is left.
    r.post("/newsroom/stories/{id}/presence", access.writes(WRITE_OWN, story::heartbeat));
    r.post("/newsroom/stories/{id}/leave", access.writes(WRITE_OWN, story::leave));
    // The story's notes thread between its reporter and the desk (decision 0073).
    r.post("/newsroom/stories/{id}/notes", access.writes(WRITE_OWN, story::addNote));
    // Translations (decision 0076): editors translate and dismiss the notices on translations.
    r.post("/newsroom/stories/{id}/translate", access.writes(EDIT_ANY, translations::translate));
    r.post(
        "/newsroom/stories/{id}/notices/{n}/dismiss",
        access.writes(EDIT_ANY, translations::dismiss));
    r.get("/newsroom/stories/{id}/history", access.reads(WRITE_OWN, history::list));
    r.get("/newsroom/stories/{id}/versions/{version}", access.reads(WRITE_OWN, history::version));
    r.get("/newsroom/stories/{id}/diff", access.reads(WRITE_OWN, history::diff));
    r.post("/newsroom/stories/{id}/restore", access.writes(WRITE_OWN, history::restore));
    r.post("/newsroom/articles/{id}/open", access.writes(EDIT_ANY, story::openArticle));
    r.get("/newsroom/articles/{id}/edit", access.reads(EDIT_ANY, desk::editArticle));
    r.post("/newsroom/photos", access.writes(WRITE_OWN, photos::upload));
    r.post("/newsroom/photos/crops", access.writes(WRITE_OWN, photos::crops));
    // Photos of stories not out yet: /media/ shows the public only photos of public stories.
    r.get("/newsroom/media/{name}", access.reads(WRITE_OWN, photos::show));

    r.get("/newsroom/feedback", access.reads(TRIAGE, feedback::inbox));
    r.post("/newsroom/feedback/{id}", access.writes(TRIAGE, feedback::setState));
    r.get("/newsroom/home", access.reads(CURATE, curation::show));
    r.post("/newsroom/home", access.writes(CURATE, curation::change));
    r.get("/newsroom/sections", access.reads(ADMINISTER, sections::list));
    r.post("/newsroom/sections", access.writes(ADMINISTER, sections::add));
    r.post("/newsroom/sections/{id}", access.writes(ADMINISTER, sections::rename));
    r.post("/newsroom/sections/{id}/move", access.writes(ADMINISTER, sections::move));
    r.post(
        "/newsroom/sections/{id}/visibility", access.writes(ADMINISTER, sections::setVisibility));
    // The language editions (decision 0079): the same form and checks as ./dateline edition.
    r.get("/newsroom/editions", access.reads(ADMINISTER, editions::list));
    r.post("/newsroom/editions", access.writes(ADMINISTER, editions::add));
    r.get("/newsroom/editions/{code}", access.reads(ADMINISTER, editions::view));
    r.post("/newsroom/editions/{code}", access.writes(ADMINISTER, editions::update));
    r.get("/newsroom/users", access.reads(ADMINISTER, users::list));
    r.post("/newsroom/users", access.writes(ADMINISTER, users::create));
    r.post("/newsroom/users/{id}/role", access.writes(ADMINISTER, users::changeRole));
    r.post("/newsroom/users/{id}/active", access.writes(ADMINISTER, users::setActive));
    // Deactivating asks first, on a page of its own (decision 0073).
    r.get("/newsroom/users/{id}/deactivate", access.reads(ADMINISTER, users::askDeactivate));
    r.post("/newsroom/users/{id}/password", access.writes(ADMINISTER, users::resetPassword));
    r.get("/newsroom/subscribers", access.reads(ADMINISTER, subscribers::list));
    r.post("/newsroom/subscribers", access.writes(ADMINISTER, subscribers::add));
    r.get("/newsroom/subscribers/{id}", access.reads(ADMINISTER, subscribers::view));
    r.post("/newsroom/subscribers/{id}", access.writes(ADMINISTER, subscribers::update));
    r.post("/newsroom/subscribers/{id}/state", access.writes(ADMINISTER, subscribers::setState));
    r.post("/newsroom/subscribers/{id}/rotate", access.writes(ADMINISTER, subscribers::rotate));
    r.post(
        "/newsroom/subscribers/{id}/redeliver", access.writes(ADMINISTER, subscribers::redeliver));
    // Partners' items: anyone who writes may take one; editors publish as is and edit the rules.
    r.get("/newsroom/incoming", access.reads(WRITE_OWN, incoming::list));
    r.get("/newsroom/incoming/{id}", access.reads(WRITE_OWN, incoming::view));
    r.post("/newsroom/incoming/{id}/take", access.writes(WRITE_OWN, incoming::take));
    r.post("/newsroom/incoming/{id}/publish", access.writes(PUBLISH, incoming::publish));
    r.get("/newsroom/rules", access.reads(PUBLISH, rules::list));
    r.post("/newsroom/rules", access.writes(PUBLISH, rules::add));
    r.get("/newsroom/rules/{id}", access.reads(PUBLISH, rules::view));
    r.post("/newsroom/rules/{id}", access.writes(PUBLISH, rules::update));
    r.post("/newsroom/rules/{id}/move", access.writes(PUBLISH, rules::move));
    r.post("/newsroom/rules/{id}/delete", access.writes(PUBLISH, rules::delete));
    r.get("/newsroom/account", access.signedIn(account::show));
    // Any signed-in user; the handler checks the CSRF token itself, as logout does.
    r.post("/newsroom/account/password", access.signedIn(account::changePassword));
    errors.register(r);
  }

  private static void signedInToPost(Context ctx) {
    if (HandlerType.POST.equals(ctx.method())
        && !ctx.path().equals("/newsroom/login")
        && NewsroomAccess.session(ctx).isEmpty()) {
      throw new SignInRequired();
    }
  }

  /** A route that takes more than a small form from a signed-in user. */
  private static Handler larger(Kind kind, long maxBytes) {
    return ctx -> {
      if (HandlerType.POST.equals(ctx.method()) && NewsroomAccess.session(ctx).isPresent()) {
        RequestBodies.accept(ctx, kind, maxBytes);
      }
    };
  }
}
