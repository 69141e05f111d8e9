package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsroom.RoleTable.action;
import static org.dateline.newsroom.RoleTable.redirect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.Wiring;
import org.dateline.article.ArticleId;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.feedback.Feedback;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.RoleTable.Answer;
import org.dateline.newsroom.RoleTable.Cell;
import org.dateline.newsroom.RoleTable.Request;
import org.dateline.newsroom.RoleTable.Who;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.Session;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.section.Section;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;

/**
 * The probes of {@link RoleTableIT}: for each route that changes something, a fresh target per cell
 * (a story, a section, a user, a session of its own), the request, and the effect a success must
 * show. Also sends requests as each of the four.
 */
final class RoleTableProbes {
  private static final String NEW_PASSWORD = "a new password that is long enough";
  private final TestApp app;
  private final Wiring w;
  private final Map<Who, User> users = new EnumMap<>(Who.class);
  private final Map<Who, NewsroomClient> clients = new EnumMap<>(Who.class);
  private final Story reportersStory;
  private final String photoSrc;
  private final User sharedTarget;
  private int serial;

  RoleTableProbes(TestApp app) {
    this.app = app;
    this.w = app.wiring();
    users.put(Who.REPORTER, Newsroom.user(w, Role.REPORTER, "Rita Reporter"));
    users.put(Who.EDITOR, Newsroom.user(w, Role.EDITOR, "Eddie Editor"));
    users.put(Who.ADMIN, Newsroom.user(w, Role.ADMIN, "Ada Admin"));
    users.forEach((who, u) -> clients.put(who, signIn(u)));
    sharedTarget = Newsroom.user(w, Role.REPORTER, "Target Person");
    Story s = Newsroom.written(w, users.get(Who.REPORTER), "The reporter's story");
    reportersStory = save(s, "The reporter's story, second version");
    photoSrc =
        NewsroomTemplates.upload(app, clients.get(Who.ADMIN), NewsroomTemplates.photo(640, 400))
            .path("src")
            .asText();
    Story withPhoto = w.stories().create(users.get(Who.ADMIN));
    withPhoto =
        w.stories()
            .save(
                withPhoto.id(),
                withPhoto.version(),
                NewsroomTemplates.draft("A story with a photo", photoSrc, "The lead."),
                users.get(Who.ADMIN),
                "");
    w.workflow().apply(withPhoto.id(), Workflow.Request.of(Action.PUBLISH), users.get(Who.ADMIN));
    w.curation().picks().forEach(w.curation()::remove);
  }

  private NewsroomClient signIn(User u) {
    return NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD);
  }

  // --- what the table's pages are --------------------------------------------------------------

  String articlePath(long id) {
    var a = w.articles().find(new ArticleId(id)).orElseThrow();
    return "/article/" + id + "/" + a.slug();
  }

  String headline(long id) {
    return w.articles().find(new ArticleId(id)).orElseThrow().headline();
  }

  String publicPhoto() {
    return photoSrc;
  }

  String newsroomPhoto() {
    return "/newsroom" + photoSrc;
  }

  String story() {
    return "/newsroom/stories/" + reportersStory.id();
  }

  String storyHeadline() {
    return w.stories().find(reportersStory.id()).orElseThrow().draft().headline();
  }

  String stylesheet() {
    return Jsoup.parse(app.get("/").body()).select("link[rel=stylesheet]").attr("href");
  }

  Cell robots() {
    return new Cell(
        Request.get("/robots.txt"),
        a -> {
          assertThat(a.status()).isEqualTo(200);
          assertThat(a.body()).startsWith("User-agent: *");
        },
        RoleTable.nothing());
  }

  /** A CORS preflight of the content API: 204 and any origin allowed to GET. */
  Cell preflight() {
    return new Cell(
        new Request("OPTIONS", "/api/v1/articles", List.of(), null, false, null, false, null),
        a -> assertThat(a.status()).isEqualTo(204),
        RoleTable.nothing());
  }

  // --- the public form ---------------------------------------------------------------------------

  Cell feedback(Who who) {
    String message = "Feedback through the route table #" + next();
    return action(
        Request.post("/article/1/feedback", "message", message, "website", "")
            .from("127.0.9." + (serial % 250 + 1)),
        articlePath(1) + "?feedback=sent#feedback",
        () -> assertThat(feedbackMessages()).contains(message),
        this::feedbackMessages);
  }

  /** A view reported by the article page's script: 204 for everyone, no cookie (decision 0044). */
  Cell view(Who who) {
    return new Cell(
        Request.post("/v/1"), a -> assertThat(a.status()).isEqualTo(204), RoleTable.nothing());
  }

  private List<String> feedbackMessages() {
    return w.feedbacks().newest(500).stream().map(Feedback::message).toList();
  }

  // --- signing in and out ------------------------------------------------------------------------

  Cell loginForm(Who who) {
    if (who != Who.ANONYMOUS) {
      return redirect(Request.get("/newsroom/login"), 303, "/newsroom");
    }
    return new Cell(
        Request.get("/newsroom/login"),
        a -> {
          assertThat(a.status()).isEqualTo(200);
          assertThat(a.h1()).endsWith("newsroom");
          assertThat(Jsoup.parse(a.body()).select("form input[name=email]")).hasSize(1);
        },
        RoleTable.nothing());
  }

  Cell login(Who who) {
    User user =
        who == Who.ANONYMOUS ? Newsroom.user(w, Role.REPORTER, "Lou Login") : users.get(who);
    Request request =
        Request.post(
            "/newsroom/login",
            "email",
            user.email(),
            "password",
            Newsroom.PASSWORD,
            "next",
            "/newsroom/desk");
    // A signed-in user signs in again from a session of their own, so the table's keeps working.
    Request sent = who == Who.ANONYMOUS ? request : request.in(session(user));
    return new Cell(
        sent,
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).isEqualTo("/newsroom/desk");
          String cookie =
              a.setCookies().stream()
                  .filter(c -> c.startsWith("dateline_session="))
                  .map(c -> c.substring(0, c.indexOf(';')))
                  .findFirst()
                  .orElseThrow();
          HttpResponse<String> desk = app.get("/newsroom/desk", "Cookie", cookie);
          assertThat(desk.statusCode()).isEqualTo(200);
          assertThat(Jsoup.parse(desk.body()).select("h1").text()).isEqualTo("Desk");
        },
        RoleTable.nothing());
  }

  Cell logout(Who who) {
    Optional<Session> own =
        who == Who.ANONYMOUS ? Optional.empty() : Optional.of(session(users.get(who)));
    Request request = Request.post("/newsroom/logout");
    return action(
        own.map(request::in).orElse(request),
        "/newsroom/login",
        () -> assertThat(w.users().session(own.orElseThrow().token())).isEmpty(),
        () -> own.map(s -> w.users().session(s.token()).isPresent()).orElse(false));
  }

  // --- stories -----------------------------------------------------------------------------------

  Cell createStory(Who who) {
    return new Cell(
        Request.post("/newsroom/stories"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).matches("/newsroom/stories/\\d+");
          long id = Long.parseLong(a.location().substring(a.location().lastIndexOf('/') + 1));
          assertThat(w.stories().find(id).orElseThrow().createdBy()).isEqualTo(users.get(who).id());
          assertThat(send(who, Request.get(a.location())).h1()).isEqualTo("New story");
        },
        () -> w.stories().countsByStage().values().stream().mapToInt(Integer::intValue).sum());
  }

  Cell saveStory(Who who) {
    Story s = fresh("Save me");
    String headline = "Saved by " + who + " #" + next();
    return action(
        Request.post("/newsroom/stories/" + s.id(), storyForm(s, headline)),
        "/newsroom/stories/" + s.id() + "?done=saved",
        () -> assertThat(headlineOf(s)).isEqualTo(headline),
        () -> headlineOf(s));
  }

  Cell autosaveStory(Who who) {
    Story s = fresh("Autosave me");
    String headline = "Autosaved by " + who + " #" + next();
    return new Cell(
        Request.post("/newsroom/stories/" + s.id() + "/autosave", storyForm(s, headline)).asJson(),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          JsonNode json = json(a.body());
          assertThat(json.path("ok").asBoolean()).isTrue();
          assertThat(json.path("version").asInt()).isEqualTo(s.version() + 1);
          assertThat(headlineOf(s)).isEqualTo(headline);
        },
        () -> headlineOf(s));
  }

  /** The editor page's heartbeat: it records the caller as in the story. */
  Cell storyPresence(Who who) {
    Story s = fresh("Presence");
    return new Cell(
        Request.post("/newsroom/stories/" + s.id() + "/presence").asJson(),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          assertThat(json(a.body()).path("others").isArray()).isTrue();
          assertThat(presenceRows(s)).isEqualTo(1);
        },
        () -> presenceRows(s));
  }

  /** A note in the story's thread (the reporter's own story): stored, then back to the thread. */
  Cell addNote(Who who) {
    Story s = fresh("Notes");
    String text = "A note by " + who + " #" + next();
    return action(
        Request.post("/newsroom/stories/" + s.id() + "/notes", "text", text),
        "/newsroom/stories/" + s.id() + "#notes",
        () ->
            assertThat(w.notes().thread(s.id(), users.get(Who.REPORTER)))
                .extracting(org.dateline.newsroom.workflow.StoryNote::text)
                .containsExactly(text),
        () -> w.notes().thread(s.id(), users.get(Who.REPORTER)).size());
  }

  /** The page's beacon when left: the caller is no longer in the story. */
  Cell leaveStory(Who who) {
    Story s = fresh("Leave");
    w.database()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO story_presence(story_id, user_id, seen_at) SELECT ?, id, 1 FROM users",
                    s.id()));
    return new Cell(
        Request.post("/newsroom/stories/" + s.id() + "/leave"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(204);
          long caller = users.get(who).id();
          int rows =
              w.database()
                  .jdbi()
                  .withHandle(
                      h ->
                          h.createQuery(
                                  "SELECT COUNT(*) FROM story_presence WHERE story_id = :s AND user_id = :u")
                              .bind("s", s.id())
                              .bind("u", caller)
                              .mapTo(Integer.class)
                              .one());
          assertThat(rows).isZero();
        },
        () -> presenceRows(s));
  }

  private int presenceRows(Story s) {
    return w.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM story_presence WHERE story_id = :s")
                    .bind("s", s.id())
                    .mapTo(Integer.class)
                    .one());
  }

  Cell submitStory(Who who) {
    Story s = fresh("Submit me");
    return action(
        Request.post("/newsroom/stories/" + s.id() + "/action", "action", "submit"),
        "/newsroom/stories/" + s.id() + "?done=submit",
        () -> assertThat(w.stories().find(s.id()).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED),
        () -> w.stories().find(s.id()).orElseThrow().stage());
  }

  /** The desk's bulk submit: the page answers with each story's outcome. */
  Cell bulkSubmit(Who who) {
    Story s = fresh("Bulk submit me");
    return new Cell(
        Request.post(
            "/newsroom/desk/bulk?stage=draft", "action", "submit", "story", Long.toString(s.id())),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          assertThat(a.body()).contains("submitted.");
          assertThat(w.stories().find(s.id()).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);
        },
        () -> w.stories().find(s.id()).orElseThrow().stage());
  }

  /** The kill's confirmation page of a fresh published story: it asks, and withdraws nothing. */
  Cell killPage(Who who) {
    Story s = fresh("Kill me perhaps");
    w.workflow().apply(s.id(), Workflow.Request.of(Action.PUBLISH), users.get(Who.ADMIN));
    Cell page = RoleTable.page("/newsroom/stories/" + s.id() + "/kill", "Kill “Kill me perhaps");
    return new Cell(
        page.request(),
        a -> {
          page.success().accept(a);
          assertThat(w.stories().find(s.id()).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);
        },
        page.state());
  }

  Cell restoreStory(Who who) {
    Story s = fresh("Restore me, first words");
    String first = s.draft().headline();
    save(s, "Restore me, second words");
    return action(
        Request.post(
            "/newsroom/stories/" + s.id() + "/restore", "version", Integer.toString(s.version())),
        "/newsroom/stories/" + s.id() + "?done=saved",
        () -> assertThat(headlineOf(s)).isEqualTo(first),
        () -> headlineOf(s));
  }

  Cell openArticle(Who who) {
    long article =
        w.articles()
            .page(new Listing.All(), PageRequest.newest(40))
            .items()
            .get(next() % 40)
            .id()
            .value();
    return new Cell(
        Request.post("/newsroom/articles/" + article + "/open"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).matches("/newsroom/stories/\\d+");
          long id = Long.parseLong(a.location().substring(a.location().lastIndexOf('/') + 1));
          assertThat(w.stories().find(id).orElseThrow().articleId()).contains(article);
        },
        () -> storiesOf(article));
  }

  /** The public story's editor by a plain link: made the first time, then the same story. */
  Cell editArticle(Who who) {
    long article =
        w.articles()
            .page(new Listing.All(), PageRequest.newest(40))
            .items()
            .get(next() % 40)
            .id()
            .value();
    return new Cell(
        Request.get("/newsroom/articles/" + article + "/edit"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).matches("/newsroom/stories/\\d+");
          long id = Long.parseLong(a.location().substring(a.location().lastIndexOf('/') + 1));
          assertThat(w.stories().find(id).orElseThrow().articleId()).contains(article);
        },
        () -> storiesOf(article));
  }

  Cell uploadPhoto(Who who) {
    return new Cell(
        Request.post("/newsroom/photos").withPhoto(NewsroomTemplates.photo(300, 200)).asJson(),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          JsonNode json = json(a.body());
          assertThat(json.path("ok").asBoolean()).isTrue();
          assertThat(json.path("width").asInt()).isEqualTo(300);
          Answer stored = send(who, Request.get("/newsroom" + json.path("src").asText()));
          assertThat(stored.status()).isEqualTo(200);
          assertThat(stored.contentType()).isEqualTo("image/jpeg");
        },
        this::mediaFiles);
  }

  Cell cropPhoto(Who who) {
    Answer uploaded =
        send(
            Who.ADMIN,
            Request.post("/newsroom/photos").withPhoto(NewsroomTemplates.photo(400, 300)).asJson());
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    String src = json(uploaded.body()).path("src").asText();
    return new Cell(
        Request.post("/newsroom/photos/crops", "src", src, "x", "700", "y", "500").asJson(),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          JsonNode json = json(a.body());
          assertThat(json.path("ok").asBoolean()).isTrue();
          Answer card =
              send(who, Request.get("/newsroom" + json.path("card").path("src").asText()));
          assertThat(card.status()).isEqualTo(200);
          assertThat(card.contentType()).isEqualTo("image/jpeg");
        },
        this::mediaFiles);
  }

  // --- feedback, home page, sections, users, account ---------------------------------------------

  Cell markFeedbackRead(Who who) {
    w.feedbacks()
        .submit(new Feedbacks.Submission(1, "To be read #" + next(), "", "10.7.0." + serial % 250));
    long id = w.feedbacks().newest(1).get(0).id();
    return action(
        Request.post("/newsroom/feedback/" + id, "state", "read"),
        "/newsroom/feedback",
        () -> assertThat(feedbackState(id)).isEqualTo("read"),
        () -> feedbackState(id));
  }

  Cell addTopStory(Who who) {
    ArticleId article =
        w.articles().page(new Listing.All(), PageRequest.newest(40)).items().get(next() % 40).id();
    return action(
        Request.post("/newsroom/home", "action", "add", "article", Long.toString(article.value())),
        "/newsroom/home",
        () -> assertThat(w.curation().picks()).contains(article),
        () -> w.curation().picks());
  }

  Cell addSection(Who who) {
    String name = "Route table section " + next();
    return action(
        Request.post("/newsroom/sections", "name", name),
        "/newsroom/sections",
        () -> assertThat(sectionNames()).contains(name),
        this::sectionNames);
  }

  Cell renameSection(Who who) {
    Section s = w.sections().add("Rename me " + next());
    String name = "Renamed " + serial;
    return action(
        Request.post("/newsroom/sections/" + s.id(), "name", name),
        "/newsroom/sections",
        () -> assertThat(sectionNames()).contains(name).doesNotContain(s.name()),
        this::sectionNames);
  }

  Cell moveSection(Who who) {
    long first = w.sections().all().get(0).id();
    return action(
        Request.post("/newsroom/sections/" + first + "/move", "direction", "down"),
        "/newsroom/sections",
        () -> assertThat(w.sections().all().get(1).id()).isEqualTo(first),
        () -> w.sections().all().stream().map(Section::id).toList());
  }

  private void ensureKorean() {
    if (w.editions().byCode("ko").isEmpty()) {
      w.editions()
          .add(
              new org.dateline.edition.EditionForm(
                  "ko",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("Asia/Seoul"),
                  Optional.of("yyyy년 MM월 dd일 HH:mm"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  false),
              "test");
    }
  }

  Cell translateStory(Who who) {
    ensureKorean();
    Story s = fresh("Translate me " + next());
    java.util.function.Supplier<Object> group =
        () -> w.stories().find(s.id()).orElseThrow().translationGroup();
    return new Cell(
        Request.post("/newsroom/stories/" + s.id() + "/translate", "edition", "ko"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).startsWith("/newsroom/stories/");
          assertThat(group.get()).isNotEqualTo(Optional.empty());
        },
        group);
  }

  Cell dismissNotice(Who who) {
    ensureKorean();
    User admin = users.get(Who.ADMIN);
    Story s = fresh("Notice me " + next());
    w.workflow().apply(s.id(), Workflow.Request.of(Action.PUBLISH), admin);
    Story t = w.translations().translate(s.id(), "ko", admin);
    w.workflow()
        .apply(s.id(), new Workflow.Request(Action.CORRECT, Optional.empty(), "A fix"), admin);
    java.util.function.Supplier<Object> open = () -> w.translations().openOn(t.id()).size();
    return action(
        Request.post(
            "/newsroom/stories/" + t.id() + "/notices/1/dismiss", "back", "/newsroom/desk"),
        "/newsroom/desk",
        () -> assertThat(open.get()).isEqualTo(0),
        open);
  }

  Cell addEdition(Who who) {
    String code = "en-r" + next();
    return action(
        Request.post(
            "/newsroom/editions",
            "code",
            code,
            "zone",
            "Europe/London",
            "date_pattern",
            "d MMMM yyyy HH:mm"),
        "/newsroom/editions",
        () -> assertThat(editionCodes()).contains(code),
        this::editionCodes);
  }

  Cell setEdition(Who who) {
    String code = "en-s" + next();
    w.editions()
        .add(
            new org.dateline.edition.EditionForm(
                code,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("Europe/London"),
                Optional.of("d MMMM yyyy"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false),
            "test");
    String name = "Route table edition " + serial;
    return action(
        Request.post("/newsroom/editions/" + code, "name", name),
        "/newsroom/editions",
        () -> assertThat(editionName(code)).isEqualTo(name),
        () -> editionName(code));
  }

  private List<String> editionCodes() {
    w.editions().refresh();
    return w.editions().all().stream().map(org.dateline.edition.Edition::code).toList();
  }

  private String editionName(String code) {
    w.editions().refresh();
    return w.editions().byCode(code).orElseThrow().name();
  }

  Cell addUser(Who who) {
    String email = "added." + next() + "@newsroom.test";
    return action(
        Request.post(
            "/newsroom/users",
            "email",
            email,
            "name",
            "Added Person",
            "role",
            "reporter",
            "password",
            NEW_PASSWORD),
        "/newsroom/users",
        () -> assertThat(w.users().byEmail(email)).isPresent(),
        () -> w.users().byEmail(email).isPresent());
  }

  Cell changeRole(Who who) {
    User target = target(who);
    return action(
        Request.post("/newsroom/users/" + target.id() + "/role", "role", "editor"),
        "/newsroom/users",
        () -> assertThat(user(target).role()).isEqualTo(Role.EDITOR),
        () -> user(target).role());
  }

  Cell deactivate(Who who) {
    User target = target(who);
    return action(
        Request.post(
            "/newsroom/users/" + target.id() + "/active", "active", "false", "confirm", "yes"),
        "/newsroom/users",
        () -> assertThat(user(target).active()).isFalse(),
        () -> user(target).active());
  }

  /** The page that asks before deactivating an account. */
  Cell askDeactivate(Who who) {
    User target = target(who);
    return RoleTable.page(
        "/newsroom/users/" + target.id() + "/deactivate", "Deactivate " + target.name() + "?");
  }

  Cell hideSection(Who who) {
    Section s = w.sections().add("Hide me " + next());
    return action(
        Request.post("/newsroom/sections/" + s.id() + "/visibility", "visibility", "hidden"),
        "/newsroom/sections",
        () -> assertThat(visibility(s)).isEqualTo(Section.Visibility.HIDDEN),
        () -> visibility(s));
  }

  private Section.Visibility visibility(Section s) {
    w.sections().refresh();
    return w.sections().all().stream()
        .filter(x -> x.id() == s.id())
        .findFirst()
        .orElseThrow()
        .visibility();
  }

  Cell resetPassword(Who who) {
    User target = target(who);
    Session theirs = session(target);
    return action(
        Request.post("/newsroom/users/" + target.id() + "/password", "password", NEW_PASSWORD),
        "/newsroom/users",
        () -> {
          assertThat(w.users().session(theirs.token())).as("their sessions ended").isEmpty();
          assertThat(w.users().login(target.email(), NEW_PASSWORD, "role-table")).isNotNull();
        },
        () -> w.users().session(theirs.token()).isPresent());
  }

  Cell changeOwnPassword(Who who) {
    if (who == Who.ANONYMOUS) {
      return new Cell(Request.post("/newsroom/account/password"), a -> {}, RoleTable.nothing());
    }
    User me = Newsroom.user(w, Role.valueOf(who.name()), "Changer " + letters(next()));
    Session mine = session(me);
    return action(
        Request.post(
                "/newsroom/account/password",
                "current",
                Newsroom.PASSWORD,
                "password",
                NEW_PASSWORD,
                "repeat",
                NEW_PASSWORD)
            .in(mine),
        "/newsroom/login?changed=password",
        () -> {
          assertThat(w.users().session(mine.token())).as("this session ended too").isEmpty();
          assertThat(w.users().login(me.email(), NEW_PASSWORD, "role-table")).isNotNull();
        },
        () -> w.users().session(mine.token()).isPresent());
  }

  // --- sending -----------------------------------------------------------------------------------

  /** Sends the request as {@code who}: with their session (or the request's own), or none. */
  Answer send(Who who, Request r) {
    Optional<String> cookie;
    Optional<String> csrf;
    if (r.session() != null) {
      cookie = Optional.of("dateline_session=" + r.session().token());
      csrf = Optional.of(r.session().csrf());
    } else if (who == Who.ANONYMOUS) {
      cookie = Optional.empty();
      csrf = Optional.empty();
    } else {
      cookie = Optional.of(clients.get(who).cookie());
      csrf = Optional.of(clients.get(who).csrf());
    }
    if (r.withoutToken()) {
      csrf = Optional.empty();
    }
    if (r.fromAddress() != null) {
      return raw(r, cookie);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(r.path())));
    cookie.ifPresent(c -> b.header("Cookie", c));
    if (r.json()) {
      b.header("Accept", "application/json");
    }
    switch (r.method()) {
      case "GET" -> b.GET();
      case "HEAD" -> b.method("HEAD", HttpRequest.BodyPublishers.noBody());
      case "OPTIONS" ->
          b.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", "https://reader.example")
              .header("Access-Control-Request-Method", "GET");
      default -> {
        b.header("Origin", app.url(""));
        if (r.photo() != null) {
          String boundary = "----roletable" + next();
          csrf.ifPresent(t -> b.header("X-CSRF-Token", t));
          b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
          b.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, bytes(r.photo()))));
        } else {
          List<String> fields = new ArrayList<>(r.form());
          csrf.ifPresent(
              t -> {
                fields.add("csrf");
                fields.add(t);
              });
          b.header("Content-Type", "application/x-www-form-urlencoded");
          b.POST(
              HttpRequest.BodyPublishers.ofString(
                  NewsroomClient.form(fields.toArray(String[]::new))));
        }
      }
    }
    HttpResponse<String> response = app.send(b.build());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response.headers().allValues("Set-Cookie"));
  }

  private Answer raw(Request r, Optional<String> cookie) {
    List<String> headers = new ArrayList<>();
    headers.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
    headers.addAll(List.of("Origin", app.url("")));
    cookie.ifPresent(c -> headers.addAll(List.of("Cookie", c)));
    RawHttp.Response response =
        RawHttp.send(
            app.port(),
            r.method(),
            r.path(),
            headers,
            NewsroomClient.form(r.form().toArray(String[]::new)).getBytes(StandardCharsets.UTF_8),
            r.fromAddress());
    String location = response.header("Location");
    return new Answer(
        response.status(),
        location == null ? "" : location.replaceFirst("^https?://[^/]+", ""),
        String.valueOf(response.header("Content-Type")),
        response.text(),
        List.of());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private int next() {
    return ++serial;
  }

  /** A number in letters: account addresses are made of a name's letters only. */
  private static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = n; i > 0; i /= 26) {
      b.append((char) ('a' + i % 26));
    }
    return b.toString();
  }

  /** A session of its own for {@code user}, opened as the command line would. */
  private Session session(User user) {
    return w.users().login(user.email(), Newsroom.PASSWORD, "role-table");
  }

  /** The user an administrator acts on: a fresh one for the admin, a shared one otherwise. */
  private User target(Who who) {
    return who == Who.ADMIN
        ? Newsroom.user(w, Role.REPORTER, "Target " + letters(next()))
        : sharedTarget;
  }

  private User user(User u) {
    return w.users().byId(u.id()).orElseThrow();
  }

  /** A story by the reporter, in its first version. */
  private Story fresh(String headline) {
    return Newsroom.written(w, users.get(Who.REPORTER), headline + " #" + next());
  }

  private Story save(Story s, String headline) {
    Story current = w.stories().find(s.id()).orElseThrow();
    return w.stories()
        .save(
            s.id(),
            current.version(),
            Newsroom.completeDraft(headline, "National"),
            users.get(Who.REPORTER),
            "");
  }

  private String headlineOf(Story s) {
    return w.stories().find(s.id()).orElseThrow().draft().headline();
  }

  private String[] storyForm(Story s, String headline) {
    return new String[] {
      "version", Integer.toString(s.version()),
      "headline", headline,
      "summary", "A summary.",
      "section", "National",
      "bylines", "Test Reporter",
      "dateline_place", "SEOUL",
      "dateline_date", "Feb. 5",
      "dateline_source", "Dateline",
      "body", "<p>The first paragraph.</p>",
      "tags", "testing",
      "urgency", "5"
    };
  }

  private long storiesOf(long articleId) {
    return w.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM stories WHERE article_id = :a")
                    .bind("a", articleId)
                    .mapTo(Long.class)
                    .one());
  }

  private String feedbackState(long id) {
    return w.feedbacks().newest(500).stream()
        .filter(f -> f.id() == id)
        .findFirst()
        .orElseThrow()
        .state();
  }

  private List<String> sectionNames() {
    return w.sections().all().stream().map(Section::name).toList();
  }

  private long mediaFiles() {
    Path media = app.wiring().database().file().getParent().resolve("media");
    try (Stream<Path> files = Files.exists(media) ? Files.list(media) : Stream.empty()) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  private static byte[] multipart(String boundary, byte[] photo) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(photo);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
