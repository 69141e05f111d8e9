package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsroom.RoleTable.file;
import static org.dateline.newsroom.RoleTable.head;
import static org.dateline.newsroom.RoleTable.page;
import static org.dateline.newsroom.RoleTable.redirect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.RoleTable.Answer;
import org.dateline.newsroom.RoleTable.Cell;
import org.dateline.newsroom.RoleTable.Request;
import org.dateline.newsroom.RoleTable.Row;
import org.dateline.newsroom.RoleTable.Who;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of both route tables (read from the running server) × (anonymous, reporter, editor,
 * admin). A cell counts as allowed only when it succeeds: the expected status and place, the page's
 * heading or the action's effect seen afterwards — a 4xx or 5xx is never "allowed". A refused cell
 * is a sign-in redirect (GET) or 401 (POST) for the anonymous, 403 for a role without the
 * permission, and leaves the state it would have changed as it was.
 */
class RoleTableIT {
  @TempDir static Path data;
  static TestApp app;
  static RoleTableProbes probes;
  static SubscriberProbes subscribers;
  static IncomingProbes incoming;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    probes = new RoleTableProbes(app);
    subscribers = new SubscriberProbes(app);
    incoming = new IncomingProbes(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /**
   * The expected table, written out: method, path and guard as the route tables have them, then who
   * may use it — anonymous, reporter, editor, admin — and how one of them is checked.
   */
  static List<Row> table(RoleTableProbes p) {
    List<Row> rows =
        List.of(
            // The public site: everyone, signed in or not.
            new Row("GET", "/", "public", "yyyy", w -> page("/", "top stories")),
            new Row("HEAD", "/", "public", "yyyy", w -> head("/", "text/html")),
            new Row("GET", "/news", "public", "yyyy", w -> page("/news", "All News")),
            new Row("HEAD", "/news", "public", "yyyy", w -> head("/news", "text/html")),
            new Row(
                "GET",
                "/section/{slug}",
                "public",
                "yyyy",
                w -> page("/section/politics", "Politics")),
            new Row(
                "HEAD",
                "/section/{slug}",
                "public",
                "yyyy",
                w -> head("/section/politics", "text/html")),
            new Row(
                "GET",
                "/author/{slug}",
                "public",
                "yyyy",
                w -> page("/author/byun-duk-kun", "Byun Duk-kun")),
            new Row(
                "HEAD",
                "/author/{slug}",
                "public",
                "yyyy",
                w -> head("/author/byun-duk-kun", "text/html")),
            new Row("GET", "/tag/{slug}", "public", "yyyy", w -> page("/tag/covid-19", "COVID-19")),
            new Row(
                "HEAD", "/tag/{slug}", "public", "yyyy", w -> head("/tag/covid-19", "text/html")),
            new Row(
                "GET",
                "/article/{id}",
                "public",
                "yyyy",
                w -> redirect(Request.get("/article/1"), 301, p.articlePath(1))),
            new Row(
                "HEAD",
                "/article/{id}",
                "public",
                "yyyy",
                w -> redirect(Request.head("/article/1"), 301, p.articlePath(1))),
            new Row(
                "GET",
                "/article/{id}/{slug}",
                "public",
                "yyyy",
                w -> page(p.articlePath(1), p.headline(1))),
            new Row(
                "HEAD",
                "/article/{id}/{slug}",
                "public",
                "yyyy",
                w -> head(p.articlePath(1), "text/html")),
            new Row("POST", "/article/{id}/feedback", "public", "yyyy", p::feedback),
            new Row("POST", "/v/{id}", "public", "yyyy", p::view),
            new Row(
                "GET", "/media/{name}", "public", "yyyy", w -> file(p.publicPhoto(), "image/jpeg")),
            new Row(
                "HEAD",
                "/media/{name}",
                "public",
                "yyyy",
                w -> head(p.publicPhoto(), "image/jpeg")),
            new Row(
                "GET",
                "/archive/{year}/{month}/{day}",
                "public",
                "yyyy",
                w -> page("/archive/2022/02/04", "Stories of February 4, 2022")),
            new Row(
                "HEAD",
                "/archive/{year}/{month}/{day}",
                "public",
                "yyyy",
                w -> head("/archive/2022/02/04", "text/html")),
            new Row(
                "GET",
                "/archive/{year}/{month}",
                "public",
                "yyyy",
                w -> page("/archive/2022/02", "Stories of February 2022")),
            new Row(
                "HEAD",
                "/archive/{year}/{month}",
                "public",
                "yyyy",
                w -> head("/archive/2022/02", "text/html")),
            new Row("GET", "/search", "public", "yyyy", w -> page("/search?q=korea", "Search")),
            new Row("HEAD", "/search", "public", "yyyy", w -> head("/search?q=korea", "text/html")),
            new Row(
                "GET",
                "/search/suggest",
                "public",
                "yyyy",
                w -> file("/search/suggest?q=ned", "application/json")),
            new Row(
                "GET", "/static/<path>", "public", "yyyy", w -> file(p.stylesheet(), "text/css")),
            new Row("GET", "/robots.txt", "public", "yyyy", w -> p.robots()),
            new Row(
                "GET",
                "/favicon.ico",
                "public",
                "yyyy",
                w -> redirect(Request.get("/favicon.ico"), 302, "/static/")),
            // Operations: liveness and readiness for balancers; metrics for allowed networks only
            // (this machine by default, where the test runs).
            new Row("GET", "/healthz", "public", "yyyy", w -> file("/healthz", "text/plain")),
            new Row("GET", "/readyz", "public", "yyyy", w -> file("/readyz", "application/json")),
            new Row("GET", "/metrics", "public", "yyyy", w -> file("/metrics", "text/plain")),
            // Feeds, sitemaps and the content API: public and read-only.
            new Row(
                "GET",
                "/feed.{format}",
                "public",
                "yyyy",
                w -> file("/feed.rss", "application/rss+xml")),
            new Row(
                "HEAD",
                "/feed.{format}",
                "public",
                "yyyy",
                w -> head("/feed.rss", "application/rss+xml")),
            new Row(
                "GET",
                "/section/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> file("/section/politics/feed.atom", "application/atom+xml")),
            new Row(
                "HEAD",
                "/section/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> head("/section/politics/feed.atom", "application/atom+xml")),
            new Row(
                "GET",
                "/tag/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> file("/tag/covid-19/feed.json", "application/feed+json")),
            new Row(
                "HEAD",
                "/tag/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> head("/tag/covid-19/feed.json", "application/feed+json")),
            new Row(
                "GET",
                "/author/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> file("/author/byun-duk-kun/feed.rss", "application/rss+xml")),
            new Row(
                "HEAD",
                "/author/{slug}/feed.{format}",
                "public",
                "yyyy",
                w -> head("/author/byun-duk-kun/feed.rss", "application/rss+xml")),
            new Row(
                "GET",
                "/sitemap.xml",
                "public",
                "yyyy",
                w -> file("/sitemap.xml", "application/xml")),
            new Row(
                "HEAD",
                "/sitemap.xml",
                "public",
                "yyyy",
                w -> head("/sitemap.xml", "application/xml")),
            new Row(
                "GET",
                "/sitemaps/{name}",
                "public",
                "yyyy",
                w -> file("/sitemaps/pages.xml", "application/xml")),
            new Row(
                "HEAD",
                "/sitemaps/{name}",
                "public",
                "yyyy",
                w -> head("/sitemaps/pages.xml", "application/xml")),
            new Row(
                "GET",
                "/api/v1/openapi.json",
                "public",
                "yyyy",
                w -> file("/api/v1/openapi.json", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/openapi.json",
                "public",
                "yyyy",
                w -> head("/api/v1/openapi.json", "application/json")),
            new Row(
                "GET",
                "/api/v1/articles",
                "public",
                "yyyy",
                w -> file("/api/v1/articles", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/articles",
                "public",
                "yyyy",
                w -> head("/api/v1/articles", "application/json")),
            new Row(
                "GET",
                "/api/v1/articles/{id}",
                "public",
                "yyyy",
                w -> file("/api/v1/articles/1", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/articles/{id}",
                "public",
                "yyyy",
                w -> head("/api/v1/articles/1", "application/json")),
            new Row(
                "GET",
                "/api/v1/sections",
                "public",
                "yyyy",
                w -> file("/api/v1/sections", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/sections",
                "public",
                "yyyy",
                w -> head("/api/v1/sections", "application/json")),
            new Row(
                "GET",
                "/api/v1/sections/{slug}",
                "public",
                "yyyy",
                w -> file("/api/v1/sections/politics", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/sections/{slug}",
                "public",
                "yyyy",
                w -> head("/api/v1/sections/politics", "application/json")),
            new Row(
                "GET",
                "/api/v1/topics",
                "public",
                "yyyy",
                w -> file("/api/v1/topics", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/topics",
                "public",
                "yyyy",
                w -> head("/api/v1/topics", "application/json")),
            new Row(
                "GET",
                "/api/v1/topics/{slug}",
                "public",
                "yyyy",
                w -> file("/api/v1/topics/covid-19", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/topics/{slug}",
                "public",
                "yyyy",
                w -> head("/api/v1/topics/covid-19", "application/json")),
            new Row(
                "GET",
                "/api/v1/authors",
                "public",
                "yyyy",
                w -> file("/api/v1/authors", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/authors",
                "public",
                "yyyy",
                w -> head("/api/v1/authors", "application/json")),
            new Row(
                "GET",
                "/api/v1/authors/{slug}",
                "public",
                "yyyy",
                w -> file("/api/v1/authors/byun-duk-kun", "application/json")),
            new Row(
                "HEAD",
                "/api/v1/authors/{slug}",
                "public",
                "yyyy",
                w -> head("/api/v1/authors/byun-duk-kun", "application/json")),
            new Row("OPTIONS", "/api/*", "public", "yyyy", w -> p.preflight()),
            // Signing in and out.
            new Row("GET", "/newsroom/login", "public", "yyyy", p::loginForm),
            new Row("POST", "/newsroom/login", "public", "yyyy", p::login),
            new Row("POST", "/newsroom/logout", "signedIn", "-yyy", p::logout),
            // The newsroom: anonymous  reporter  editor  admin.
            new Row("GET", "/newsroom", "signedIn", "-yyy", w -> page("/newsroom", "Dashboard")),
            new Row(
                "GET", "/newsroom/desk", "signedIn", "-yyy", w -> page("/newsroom/desk", "Desk")),
            new Row(
                "GET",
                "/newsroom/links",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> file("/newsroom/links?q=korea", "application/json")),
            new Row("POST", "/newsroom/stories", "writes(WRITE_OWN)", "-yyy", p::createStory),
            new Row(
                "GET",
                "/newsroom/stories/{id}",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> page(p.story(), p.storyHeadline())),
            new Row("POST", "/newsroom/stories/{id}", "writes(WRITE_OWN)", "-yyy", p::saveStory),
            new Row(
                "POST",
                "/newsroom/stories/{id}/autosave",
                "writes(WRITE_OWN)",
                "-yyy",
                p::autosaveStory),
            new Row(
                "POST",
                "/newsroom/stories/{id}/action",
                "writes(WRITE_OWN)",
                "-yyy",
                p::submitStory),
            new Row(
                "GET",
                "/newsroom/stories/{id}/preview",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> page(p.story() + "/preview", p.storyHeadline())),
            new Row("GET", "/newsroom/stories/{id}/kill", "reads(PUBLISH)", "--yy", p::killPage),
            new Row(
                "POST",
                "/newsroom/stories/{id}/presence",
                "writes(WRITE_OWN)",
                "-yyy",
                p::storyPresence),
            new Row(
                "POST", "/newsroom/stories/{id}/leave", "writes(WRITE_OWN)", "-yyy", p::leaveStory),
            new Row(
                "POST", "/newsroom/stories/{id}/notes", "writes(WRITE_OWN)", "-yyy", p::addNote),
            new Row(
                "GET",
                "/newsroom/stories/{id}/history",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> page(p.story() + "/history", "History of")),
            new Row(
                "GET",
                "/newsroom/stories/{id}/versions/{version}",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> page(p.story() + "/versions/1", "Version 1")),
            new Row(
                "GET",
                "/newsroom/stories/{id}/diff",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> page(p.story() + "/diff?from=1&to=2", "Changes from version 1 to 2")),
            new Row(
                "POST",
                "/newsroom/stories/{id}/restore",
                "writes(WRITE_OWN)",
                "-yyy",
                p::restoreStory),
            new Row(
                "POST", "/newsroom/articles/{id}/open", "writes(EDIT_ANY)", "--yy", p::openArticle),
            new Row(
                "GET", "/newsroom/articles/{id}/edit", "reads(EDIT_ANY)", "--yy", p::editArticle),
            new Row("POST", "/newsroom/desk/bulk", "writes(EDIT_ANY)", "--yy", p::bulkSubmit),
            new Row("POST", "/newsroom/photos", "writes(WRITE_OWN)", "-yyy", p::uploadPhoto),
            new Row("POST", "/newsroom/photos/crops", "writes(WRITE_OWN)", "-yyy", p::cropPhoto),
            new Row(
                "GET",
                "/newsroom/media/{name}",
                "reads(WRITE_OWN)",
                "-yyy",
                w -> file(p.newsroomPhoto(), "image/jpeg")),
            new Row(
                "GET",
                "/newsroom/feedback",
                "reads(TRIAGE)",
                "--yy",
                w -> page("/newsroom/feedback", "Reader feedback")),
            new Row(
                "POST", "/newsroom/feedback/{id}", "writes(TRIAGE)", "--yy", p::markFeedbackRead),
            new Row(
                "GET",
                "/newsroom/home",
                "reads(CURATE)",
                "--yy",
                w -> page("/newsroom/home", "Home page top stories")),
            new Row("POST", "/newsroom/home", "writes(CURATE)", "--yy", p::addTopStory),
            new Row(
                "GET",
                "/newsroom/sections",
                "reads(ADMINISTER)",
                "---y",
                w -> page("/newsroom/sections", "Sections")),
            new Row("POST", "/newsroom/sections", "writes(ADMINISTER)", "---y", p::addSection),
            new Row(
                "POST", "/newsroom/sections/{id}", "writes(ADMINISTER)", "---y", p::renameSection),
            new Row(
                "POST",
                "/newsroom/sections/{id}/move",
                "writes(ADMINISTER)",
                "---y",
                p::moveSection),
            new Row(
                "POST",
                "/newsroom/sections/{id}/visibility",
                "writes(ADMINISTER)",
                "---y",
                p::hideSection),
            new Row(
                "GET",
                "/newsroom/editions",
                "reads(ADMINISTER)",
                "---y",
                w -> page("/newsroom/editions", "Editions")),
            new Row("POST", "/newsroom/editions", "writes(ADMINISTER)", "---y", p::addEdition),
            new Row(
                "GET",
                "/newsroom/editions/{code}",
                "reads(ADMINISTER)",
                "---y",
                w -> page("/newsroom/editions/en", "Edition English (en)")),
            new Row(
                "POST", "/newsroom/editions/{code}", "writes(ADMINISTER)", "---y", p::setEdition),
            new Row(
                "POST",
                "/newsroom/stories/{id}/translate",
                "writes(EDIT_ANY)",
                "--yy",
                p::translateStory),
            new Row(
                "POST",
                "/newsroom/stories/{id}/notices/{n}/dismiss",
                "writes(EDIT_ANY)",
                "--yy",
                p::dismissNotice),
            new Row("GET", "/newsroom/subscribers", "reads(ADMINISTER)", "---y", subscribers::list),
            new Row(
                "POST", "/newsroom/subscribers", "writes(ADMINISTER)", "---y", subscribers::add),
            new Row(
                "GET",
                "/newsroom/subscribers/{id}",
                "reads(ADMINISTER)",
                "---y",
                subscribers::view),
            new Row(
                "POST",
                "/newsroom/subscribers/{id}",
                "writes(ADMINISTER)",
                "---y",
                subscribers::update),
            new Row(
                "POST",
                "/newsroom/subscribers/{id}/state",
                "writes(ADMINISTER)",
                "---y",
                subscribers::pause),
            new Row(
                "POST",
                "/newsroom/subscribers/{id}/rotate",
                "writes(ADMINISTER)",
                "---y",
                subscribers::rotate),
            new Row(
                "POST",
                "/newsroom/subscribers/{id}/redeliver",
                "writes(ADMINISTER)",
                "---y",
                subscribers::redeliver),
            // Partners' items: writers take them; editors publish as is and edit the routing rules.
            new Row("GET", "/newsroom/incoming", "reads(WRITE_OWN)", "-yyy", incoming::desk),
            new Row("GET", "/newsroom/incoming/{id}", "reads(WRITE_OWN)", "-yyy", incoming::view),
            new Row(
                "POST",
                "/newsroom/incoming/{id}/take",
                "writes(WRITE_OWN)",
                "-yyy",
                incoming::take),
            new Row(
                "POST",
                "/newsroom/incoming/{id}/publish",
                "writes(PUBLISH)",
                "--yy",
                incoming::publish),
            new Row("GET", "/newsroom/rules", "reads(PUBLISH)", "--yy", incoming::rules),
            new Row("POST", "/newsroom/rules", "writes(PUBLISH)", "--yy", incoming::addRule),
            new Row("GET", "/newsroom/rules/{id}", "reads(PUBLISH)", "--yy", incoming::viewRule),
            new Row(
                "POST", "/newsroom/rules/{id}", "writes(PUBLISH)", "--yy", incoming::updateRule),
            new Row(
                "POST", "/newsroom/rules/{id}/move", "writes(PUBLISH)", "--yy", incoming::moveRule),
            new Row(
                "POST",
                "/newsroom/rules/{id}/delete",
                "writes(PUBLISH)",
                "--yy",
                incoming::deleteRule),
            // The wire: an API key, never a newsroom session.
            new Row(
                "GET",
                "/wire/v1/items/{id}",
                "subscriber",
                "----",
                w -> subscribers.wire("/wire/v1/items/1")),
            new Row(
                "GET",
                "/wire/v1/items/{id}/versions/{n}",
                "subscriber",
                "----",
                w -> subscribers.wire("/wire/v1/items/1/versions/1")),
            new Row(
                "GET",
                "/wire/v1/changes",
                "subscriber",
                "----",
                w -> subscribers.wire("/wire/v1/changes")),
            // Partners' push: a provider's key, never a newsroom session.
            new Row(
                "POST", "/ingest/v1/{provider}", "provider key", "----", w -> subscribers.push()),
            new Row(
                "GET",
                "/newsroom/users",
                "reads(ADMINISTER)",
                "---y",
                w -> page("/newsroom/users", "Users")),
            new Row("POST", "/newsroom/users", "writes(ADMINISTER)", "---y", p::addUser),
            new Row(
                "POST", "/newsroom/users/{id}/role", "writes(ADMINISTER)", "---y", p::changeRole),
            new Row(
                "POST", "/newsroom/users/{id}/active", "writes(ADMINISTER)", "---y", p::deactivate),
            new Row(
                "GET",
                "/newsroom/users/{id}/deactivate",
                "reads(ADMINISTER)",
                "---y",
                p::askDeactivate),
            new Row(
                "POST",
                "/newsroom/users/{id}/password",
                "writes(ADMINISTER)",
                "---y",
                p::resetPassword),
            new Row(
                "GET",
                "/newsroom/account",
                "signedIn",
                "-yyy",
                w -> page("/newsroom/account", "Your account")),
            new Row(
                "POST", "/newsroom/account/password", "signedIn", "-yyy", p::changeOwnPassword));
    return java.util.stream.Stream.concat(rows.stream(), editionRows(p).stream()).toList();
  }

  /**
   * The public pages again under an edition's prefix (decision 0068). This app has the default
   * edition only, whose own prefix ({@code /en}) answers 301 to the address without it.
   */
  static List<Row> editionRows(RoleTableProbes p) {
    record Probe(String route, String path, String to) {}
    List<Probe> probes =
        List.of(
            new Probe("/{edition}", "/en", "/"),
            new Probe("/{edition}/news", "/en/news", "/news"),
            new Probe("/{edition}/section/{slug}", "/en/section/politics", "/section/politics"),
            new Probe(
                "/{edition}/author/{slug}", "/en/author/byun-duk-kun", "/author/byun-duk-kun"),
            new Probe("/{edition}/tag/{slug}", "/en/tag/covid-19", "/tag/covid-19"),
            new Probe("/{edition}/feed.{format}", "/en/feed.rss", "/feed.rss"),
            new Probe("/{edition}/search", "/en/search?q=peninsula", "/search?q=peninsula"),
            new Probe(
                "/{edition}/section/{slug}/feed.{format}",
                "/en/section/politics/feed.atom",
                "/section/politics/feed.atom"),
            new Probe(
                "/{edition}/tag/{slug}/feed.{format}",
                "/en/tag/covid-19/feed.json",
                "/tag/covid-19/feed.json"),
            new Probe(
                "/{edition}/author/{slug}/feed.{format}",
                "/en/author/byun-duk-kun/feed.rss",
                "/author/byun-duk-kun/feed.rss"),
            new Probe("/{edition}/article/{id}", "/en/article/1", p.articlePath(1)),
            new Probe("/{edition}/article/{id}/{slug}", "/en" + p.articlePath(1), p.articlePath(1)),
            new Probe(
                "/{edition}/archive/{year}/{month}/{day}",
                "/en/archive/2022/02/04",
                "/archive/2022/02/04"),
            new Probe(
                "/{edition}/archive/{year}/{month}", "/en/archive/2022/02", "/archive/2022/02"));
    List<Row> rows = new java.util.ArrayList<>();
    for (Probe probe : probes) {
      rows.add(
          new Row(
              "GET",
              probe.route(),
              "public",
              "yyyy",
              w -> redirect(Request.get(probe.path()), 301, probe.to())));
      rows.add(
          new Row(
              "HEAD",
              probe.route(),
              "public",
              "yyyy",
              w -> redirect(Request.head(probe.path()), 301, probe.to())));
    }
    return rows;
  }

  @Test
  void the_expected_table_names_every_route_of_both_route_tables_with_its_guard() {
    List<String> served =
        app.wiring().server().routes().stream()
            .map(r -> r.method() + " " + r.path() + " " + r.guard())
            .toList();
    List<String> expected = table(probes).stream().map(Row::route).toList();

    assertThat(served).as("routes the server has").doesNotHaveDuplicates();
    assertThat(expected)
        .as("a route with no row, a row with no route, or a guard that differs")
        .containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void every_route_serves_exactly_the_roles_the_table_allows_and_only_success_counts() {
    List<String> checked = new ArrayList<>();
    for (Row row : table(probes)) {
      for (Who who : Who.values()) {
        Cell cell = row.probe().apply(who);
        Object before = cell.state().get();
        Answer answer = probes.send(who, cell.request());
        String what = row.method() + " " + cell.request().path() + " as " + who;
        if (row.allows(who)) {
          assertThat(answer.status()).as(what + ": " + answer.body()).isLessThan(400);
          try {
            cell.success().accept(answer);
          } catch (AssertionError e) {
            throw new AssertionError(
                what + " is allowed but did not succeed: " + e.getMessage(), e);
          }
        } else {
          refused(row, who, cell, answer, what);
          assertThat(cell.state().get()).as(what + " changed nothing").isEqualTo(before);
        }
        checked.add(what);
      }
    }
    assertThat(checked).hasSize(table(probes).size() * Who.values().length);
  }

  @Test
  void a_state_changing_request_without_the_csrf_token_is_refused_and_changes_nothing() {
    List<String> checked = new ArrayList<>();
    for (Row row : table(probes)) {
      boolean checksToken =
          row.guard().startsWith("writes(")
              || row.path().equals("/newsroom/logout")
              || row.path().equals("/newsroom/account/password");
      if (!checksToken) {
        continue;
      }
      Cell cell = row.probe().apply(Who.ADMIN);
      Object before = cell.state().get();
      Answer answer = probes.send(Who.ADMIN, cell.request().tokenless());
      String what = row.method() + " " + cell.request().path() + " without the token";
      assertThat(answer.status()).as(what).isEqualTo(403);
      assertThat(cell.state().get()).as(what + " changed nothing").isEqualTo(before);
      checked.add(what);
    }
    // Every writes(…) route (five of them the subscribers admin's, six the incoming desk's and
    // the routing rules', two the notes' and the sections' visibility, one the photo crops', two
    // the editions', two the translations'), logout, the password change.
    assertThat(checked).hasSize(39);
  }

  @Test
  void the_login_page_is_open_to_everyone_and_never_stored() {
    Answer login = probes.send(Who.ANONYMOUS, Request.get("/newsroom/login"));
    assertThat(login.status()).isEqualTo(200);
    assertThat(app.get("/newsroom/login").headers().firstValue("Cache-Control"))
        .contains("no-store");
  }

  private static void refused(Row row, Who who, Cell cell, Answer answer, String what) {
    if (row.guard().equals("subscriber") || row.guard().equals("provider key")) {
      // The wire and the push endpoint know keys only: any session, or none, is unauthorized, in
      // its JSON shape.
      assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(401);
      assertThat(answer.body()).as(what).contains("\"unauthorized\"");
    } else if (who == Who.ANONYMOUS && row.method().equals("GET")) {
      assertThat(answer.status()).as(what).isEqualTo(303);
      assertThat(answer.location()).as(what).isEqualTo(RoleTable.signInFor(cell.request().path()));
    } else if (who == Who.ANONYMOUS) {
      assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(401);
    } else {
      assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(403);
    }
  }
}
