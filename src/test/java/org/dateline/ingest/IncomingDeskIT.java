package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.ingest.IngestItems.ninjs;
import static org.dateline.ingest.IngestItems.push;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticlePaths;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incoming desk on a real server and store: the column and its filter, the preview, take (a
 * draft that keeps its source), publish as is (credited to the provider), the notice a kill of a
 * used item leaves ({@link IncomingExpiryIT} has expiry).
 */
class IncomingDeskIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T04:00:00Z"));
  static TestApp app;
  static Wiring w;
  static NewsroomClient reporter;
  static NewsroomClient editor;
  static String key;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false, clock);
    w = app.wiring();
    Newsroom.user(w, Role.REPORTER, "Desk Reporter");
    Newsroom.user(w, Role.EDITOR, "Desk Editor");
    reporter = NewsroomClient.signIn(app, "desk.reporter@newsroom.test", Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, "desk.editor@newsroom.test", Newsroom.PASSWORD);
    key =
        w.incoming()
            .add(new ProviderForm("agence-partenaire", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .pushKey()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static long arrive(String guid, int version, String status, String headline) {
    HttpResponse<String> r =
        push(
            app,
            "agence-partenaire",
            key,
            ninjs(guid, version, status, "fr", 3, headline, "Monde"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return w.incomingDesk().list(DeskFilter.all()).stream()
        .filter(d -> d.guid().equals(guid))
        .findFirst()
        .map(DeskItem::id)
        .orElseGet(
            () ->
                w
                    .incomingDesk()
                    .list(
                        new DeskFilter(
                            Optional.empty(), 0, Optional.of(IncomingState.KILLED), "", ""))
                    .stream()
                    .filter(d -> d.guid().equals(guid))
                    .findFirst()
                    .orElseThrow()
                    .id());
  }

  @Test
  void
      the_desk_lists_items_newest_first_with_provider_urgency_version_and_state_and_filters_them() {
    arrive("urn:ap:list-1", 1, "usable", "Élection à Québec");
    clock.advance(Duration.ofMinutes(1));
    arrive("urn:ap:list-2", 3, "usable", "Séisme au Japon");

    Document page = Jsoup.parse(reporter.get("/newsroom/incoming").body());
    var rows = page.select("table.incoming tbody tr").eachText();
    int newer = indexOf(rows, "Séisme au Japon");
    int older = indexOf(rows, "Élection à Québec");
    assertThat(newer).as("newest first").isLessThan(older);
    assertThat(rows.get(newer)).contains("agence-partenaire", "3", "new");

    Document filtered = Jsoup.parse(reporter.get("/newsroom/incoming?q=s%C3%A9isme").body());
    assertThat(filtered.select("table.incoming tbody tr").text())
        .contains("Séisme au Japon")
        .doesNotContain("Élection à Québec");
  }

  static int indexOf(java.util.List<String> rows, String headline) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(headline)) {
        return i;
      }
    }
    throw new AssertionError(headline + " is not on the desk: " + rows);
  }

  @Test
  void take_makes_a_draft_that_keeps_its_source_and_the_editor_shows_where_it_came_from() {
    long id = arrive("urn:ap:take", 2, "usable", "Le sommet de Séoul");

    Document preview = Jsoup.parse(reporter.get("/newsroom/incoming/" + id).body());
    assertThat(preview.select("h1").text()).isEqualTo("Le sommet de Séoul");
    assertThat(preview.select(".item-preview").text()).contains("Body of Le sommet de Séoul.");

    HttpResponse<String> taken = reporter.post("/newsroom/incoming/" + id + "/take");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
    String storyPath = NewsroomClient.location(taken);
    long storyId = Long.parseLong(storyPath.substring(storyPath.lastIndexOf('/') + 1));

    Story story = w.stories().find(storyId).orElseThrow();
    assertThat(story.draft().headline()).isEqualTo("Le sommet de Séoul");
    assertThat(story.draft().datelineSource()).isEqualTo("agence-partenaire");
    assertThat(w.incomingDesk().sourceOf(storyId))
        .hasValue(new IncomingDesk.Source(id, "agence-partenaire", "urn:ap:take", 2));
    assertThat(Jsoup.parse(reporter.get(storyPath).body()).select(".story-source").text())
        .contains("from agence-partenaire, guid urn:ap:take, version 2");

    // Taking it again opens the same draft.
    assertThat(NewsroomClient.location(reporter.post("/newsroom/incoming/" + id + "/take")))
        .isEqualTo(storyPath);
    assertThat(w.incomingDesk().preview(id).orElseThrow().item().state())
        .isEqualTo(IncomingState.TAKEN);
  }

  @Test
  void take_offers_the_items_language_edition_else_the_desks_and_takes_into_the_chosen_one() {
    w.demo().loadEditions(); // Korean, Japanese, Chinese, Arabic and Spanish besides English
    String english = w.editions().current().code();
    long french =
        arrive("urn:ap:take-into", 1, "usable", "Les ports de Busan et de Marseille s'associent");
    HttpResponse<String> r =
        push(
            app,
            "agence-partenaire",
            key,
            ninjs("urn:ap:take-ko", 1, "usable", "ko-KR", 3, "부산항 물동량 증가", "경제"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    long korean =
        w.incomingDesk().list(DeskFilter.all()).stream()
            .filter(d -> d.guid().equals("urn:ap:take-ko"))
            .findFirst()
            .orElseThrow()
            .id();

    // The item's language decides (ko-KR is Korean); French has no edition: the desk's, else the
    // default
    assertThat(offered(korean, "")).isEqualTo("ko");
    assertThat(offered(french, "")).isEqualTo(english);
    assertThat(offered(french, "?edition=es")).isEqualTo("es");

    // When the reporter takes the French item into the Japanese edition
    HttpResponse<String> taken =
        reporter.post("/newsroom/incoming/" + french + "/take", "edition", "ja");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
    String path = NewsroomClient.location(taken);
    Story story = w.stories().find(Long.parseLong(path.substring(path.lastIndexOf('/') + 1))).get();

    // Then the draft is on the Japanese desk; taking it there again opens the same draft
    assertThat(story.edition()).isEqualTo("ja");
    assertThat(
            NewsroomClient.location(
                reporter.post("/newsroom/incoming/" + french + "/take", "edition", "ja")))
        .isEqualTo(path);
    // Taken without a choice, the Korean item lands on the Korean desk
    String koPath =
        NewsroomClient.location(reporter.post("/newsroom/incoming/" + korean + "/take"));
    assertThat(w.stories().find(Long.parseLong(koPath.substring(koPath.lastIndexOf('/') + 1))))
        .get()
        .extracting(Story::edition)
        .isEqualTo("ko");
    // An unknown edition is refused, nothing made
    int uses = w.incomingDesk().preview(french).orElseThrow().uses().size();
    assertThat(
            reporter
                .post("/newsroom/incoming/" + french + "/take", "edition", "xx-Nope")
                .statusCode())
        .isEqualTo(422);
    assertThat(w.incomingDesk().preview(french).orElseThrow().uses()).hasSize(uses);
  }

  /** The edition the item's page preselects for "Take". */
  private static String offered(long id, String query) {
    Document page = Jsoup.parse(reporter.get("/newsroom/incoming/" + id + query).body());
    return page.select("#take-edition option[selected]").attr("value");
  }

  @Test
  void publish_as_is_makes_a_public_story_credited_to_the_provider_and_a_reporter_may_not() {
    long id = arrive("urn:ap:publish", 1, "usable", "Inondations à Busan");

    assertThat(reporter.post("/newsroom/incoming/" + id + "/publish").statusCode()).isEqualTo(403);
    HttpResponse<String> published = editor.post("/newsroom/incoming/" + id + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);

    ItemUse use = w.incomingDesk().preview(id).orElseThrow().uses().get(0);
    Article a = w.articles().find(new ArticleId(use.articleId().orElseThrow())).orElseThrow();
    assertThat(a.isPublic()).isTrue();
    assertThat(a.content().dateline().orElseThrow().source()).isEqualTo("agence-partenaire");
    assertThat(a.content().language()).isEqualTo("fr");
    String publicPage = app.get(ArticlePaths.of(a.id().value(), a.slug())).body();
    assertThat(publicPage).contains("Inondations à Busan").contains("(agence-partenaire)");
    assertThat(w.incomingDesk().preview(id).orElseThrow().item().state())
        .isEqualTo(IncomingState.PUBLISHED);
  }

  @Test
  void a_kill_of_an_item_already_taken_puts_a_notice_on_the_desk_and_unpublishes_nothing() {
    long taken = arrive("urn:ap:kill-taken", 1, "usable", "Rumeur de démission");
    reporter.post("/newsroom/incoming/" + taken + "/take");
    long published = arrive("urn:ap:kill-published", 1, "usable", "Chiffres du chômage");
    editor.post("/newsroom/incoming/" + published + "/publish");
    long articleId =
        w.incomingDesk().preview(published).orElseThrow().uses().get(0).articleId().orElseThrow();

    arrive("urn:ap:kill-taken", 2, "canceled", "Rumeur de démission");
    arrive("urn:ap:kill-published", 2, "canceled", "Chiffres du chômage");

    Document desk = Jsoup.parse(reporter.get("/newsroom/incoming").body());
    assertThat(desk.select(".kill-notice").text())
        .contains("Rumeur de démission")
        .contains("taken as newsroom story")
        .contains("Chiffres du chômage")
        .contains("published as story " + articleId);
    assertThat(w.articles().find(new ArticleId(articleId)).orElseThrow().isPublic())
        .as("a kill is never carried out silently")
        .isTrue();
    assertThat(reporter.post("/newsroom/incoming/" + taken + "/take").statusCode())
        .as("a canceled item may not be taken again")
        .isEqualTo(422);
  }
}
