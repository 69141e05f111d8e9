package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over real HTTP, on a clock set to 09:00 UTC on Nov. 28, 2026 (18:00 in Seoul, the
 * edition's zone): the charts count by Seoul days, feedback is escaped and shown only to those who
 * triage it, and reporters see only their own upcoming stories.
 */
class DashboardIT {
  static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(NOW);
  static TestApp app;
  static User reporterUser;
  static User editorUser;
  static NewsroomClient editor;
  static NewsroomClient reporter;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false, clock);
    Wiring w = app.wiring();
    reporterUser = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    editorUser = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    publishAt("2026-11-14T14:00:00Z", "Too old: Nov. 14, 23:00 in Seoul", "National");
    publishAt("2026-11-26T09:00:00Z", "National one", "National");
    publishAt("2026-11-26T09:00:00Z", "National two", "National");
    publishAt("2026-11-26T09:00:00Z", "Sports one", "Sports");
    publishAt("2026-11-27T16:00:00Z", "Sports two: Nov. 28, 01:00 in Seoul", "Sports");
    long articleId = publishAt("2026-11-28T08:00:00Z", "National three", "National");
    feedbackAt("2026-11-27T03:00:00Z", articleId, "First on the 27th", "10.0.0.1");
    feedbackAt("2026-11-27T04:00:00Z", articleId, "Second on the 27th", "10.0.0.2");
    feedbackAt(
        "2026-11-28T08:30:00Z", articleId, "<b>Bold</b> & <script>alert(1)</script>", "10.0.0.3");
    clock.advance(Duration.between(clock.instant(), NOW));

    Story own = Newsroom.written(w, reporterUser, "Reporter's scheduled story");
    w.workflow()
        .apply(
            own.id(),
            new Request(Action.SCHEDULE, Optional.of(NOW.plus(Duration.ofDays(1))), ""),
            editorUser);
    Story others = Newsroom.written(w, editorUser, "Editor's embargoed story");
    w.workflow()
        .apply(
            others.id(),
            new Request(Action.EMBARGO, Optional.of(NOW.plus(Duration.ofHours(2))), ""),
            editorUser);

    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, reporterUser.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static long publishAt(String instant, String headline, String section) {
    clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    app.wiring().sections().ensure(section); // an administrator made it
    Story s = app.wiring().stories().create(editorUser);
    s =
        app.wiring()
            .stories()
            .save(s.id(), s.version(), Newsroom.completeDraft(headline, section), editorUser, "");
    return app.wiring()
        .workflow()
        .apply(s.id(), Request.of(Action.PUBLISH), editorUser)
        .articleId()
        .orElseThrow();
  }

  private static void feedbackAt(String instant, long articleId, String text, String client) {
    clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    app.wiring().feedbacks().submit(new Feedbacks.Submission(articleId, text, "", client));
  }

  private static Document dashboard(NewsroomClient user) {
    HttpResponse<String> r = user.get("/newsroom");
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  @Test
  void the_published_chart_counts_stories_per_seoul_day_and_section_with_a_table_version() {
    Element panel = dashboard(editor).selectFirst("section[aria-labelledby=published-heading]");

    Element svg = panel.selectFirst("svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.selectFirst("#" + svg.attr("aria-labelledby")).text())
        .isEqualTo("Stories published per day, by section");
    assertThat(svg.selectFirst("#" + svg.attr("aria-describedby")).text())
        .isEqualTo("5 stories from Nov 15 to Nov 28 in 2 sections; the most on Nov 26, with 3.");
    assertThat(svg.select("rect").eachAttr("class"))
        .containsExactly("series-0", "series-1", "series-0", "series-1");
    assertThat(svg.select("rect > title").eachText())
        .containsExactly(
            "Nov 26 · National: 2 stories",
            "Nov 26 · Sports: 1 story",
            "Nov 28 · National: 1 story",
            "Nov 28 · Sports: 1 story");
    assertThat(panel.select(".chart-legend li").eachText()).containsExactly("National", "Sports");
    assertThat(panel.select("style, [style]")).isEmpty();

    Element table = panel.selectFirst("details table");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Day", "National", "Sports", "Total");
    List<String> rows = table.select("tbody tr").eachText();
    assertThat(rows).hasSize(14).first().isEqualTo("Nov 15 0 0 0");
    assertThat(rows).contains("Nov 26 2 1 3", "Nov 27 0 0 0").last().isEqualTo("Nov 28 1 1 2");
  }

  @Test
  void the_feedback_chart_counts_messages_per_seoul_day() {
    Element panel = dashboard(reporter).selectFirst("section[aria-labelledby=feedback-heading]");

    assertThat(panel.select("svg rect")).hasSize(2);
    assertThat(panel.select("svg rect > title").eachText())
        .containsExactly("Nov 27 · 2 messages", "Nov 28 · 1 message");
    assertThat(panel.select("details tbody tr").eachText())
        .contains("Nov 27 2", "Nov 28 1")
        .hasSize(14);
    assertThat(panel.select(".chart-legend")).isEmpty();
  }

  @Test
  void the_newest_feedback_is_shown_escaped_and_only_to_those_who_triage_it() {
    HttpResponse<String> r = editor.get("/newsroom");

    assertThat(r.body())
        .contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    Document page = Jsoup.parse(r.body());
    assertThat(page.select(".newest-feedback blockquote").eachText())
        .containsExactly(
            "<b>Bold</b> & <script>alert(1)</script>", "Second on the 27th", "First on the 27th");
    assertThat(page.select(".newest-feedback li").first().select("time").text())
        .isEqualTo("17:30 November 28, 2026");
    assertThat(page.select(".newest-feedback li").first().select("a").eachText())
        .containsExactly("National three", "all feedback on this story");

    Document reporters = dashboard(reporter);
    assertThat(reporters.select("#newest-heading, .newest-feedback")).isEmpty();
    assertThat(reporters.text()).doesNotContain("First on the 27th");
  }

  @Test
  void upcoming_stories_come_soonest_first_and_reporters_see_only_their_own() {
    Document editors = dashboard(editor);
    assertThat(editors.select("table.upcoming tbody tr").eachText())
        .containsExactly(
            "20:00 November 28, 2026 Editor's embargoed story Embargoed Eddie Editor",
            "18:00 November 29, 2026 Reporter's scheduled story Scheduled Rita Reporter");

    Document reporters = dashboard(reporter);
    assertThat(reporters.select("table.upcoming tbody tr").eachText())
        .containsExactly(
            "18:00 November 29, 2026 Reporter's scheduled story Scheduled Rita Reporter");
  }

  @Test
  void the_dashboard_links_its_own_style_sheet_and_is_the_newsroom_home() {
    Document page = dashboard(reporter);

    String css =
        page.select("head link[rel=stylesheet]").eachAttr("href").stream()
            .filter(h -> h.contains("dashboard"))
            .findFirst()
            .orElseThrow();
    assertThat(css).matches("/static/css/dashboard\\.[0-9a-f]{10}\\.css");
    HttpResponse<String> sheet = app.get(css);
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.body()).contains(".series-0");
    assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Dashboard");
    assertThat(app.get("/newsroom").statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(app.get("/newsroom"))).startsWith("/newsroom/login");
  }
}
