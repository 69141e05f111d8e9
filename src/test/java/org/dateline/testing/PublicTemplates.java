package org.dateline.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.shared.Slugs;
import org.jsoup.Jsoup;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every public page template of the demo site, and the states of them that matter, with an address
 * that shows each: the list the browser, accessibility and HTML gates walk. The gates fail when a
 * template is missing here ({@link Templates}), when a page answers another status, and when a page
 * does not show its state ({@code mustShow}).
 */
public final class PublicTemplates {
  /**
   * One template in one state and how to reach it; {@code feedbackError} pages are a POST from the
   * article; {@code mustShow} is a CSS selector that must match on the page (empty: nothing more).
   */
  public record Page(
      String name, String path, int status, boolean feedbackError, String mustShow) {}

  private PublicTemplates() {}

  /**
   * The templates of {@code app} (demo content loaded). Kills one story (not the seed story) so
   * that the 410 page exists; call once per app.
   */
  /**
   * {@link #prepare}'s pages of the default edition only: for tests that make one language the
   * site's own (TestEditions) and check every page is in it.
   */
  public static List<Page> ofDefaultEdition(TestApp app) {
    // prepare() loads the demo's other editions: name their pages only after it has run
    List<Page> pages = prepare(app);
    List<String> others =
        app.wiring().editions().all().stream()
            .filter(e -> !e.isDefault())
            .map(e -> e.code() + "-")
            .toList();
    return pages.stream()
        .filter(page -> others.stream().noneMatch(prefix -> page.name().startsWith(prefix)))
        .toList();
  }

  public static List<Page> prepare(TestApp app) {
    var articles = app.wiring().articles();
    // The demo's other language editions too: their home, section and article pages go through
    // the same gates (decision 0068).
    app.wiring().demo().loadEditions();
    List<ArticleSummary> all =
        articles
            .page(
                new Listing.InEdition(app.wiring().editions().current().code(), new Listing.All()),
                PageRequest.newest(100))
            .items();
    ArticleSummary victim = all.get(all.size() - 1);
    if (victim.id().value() == 1) {
      victim = all.get(all.size() - 2);
    }
    articles.kill(victim.id());
    String article = articlePath(app, 1);
    // The second page of All News, as a reader gets there: by the first page's Older link.
    String older =
        Jsoup.parse(app.get("/news").body()).select("nav.pager a[rel=next]").attr("href");
    if (older.isEmpty()) {
      throw new AssertionError("All News has no Older link: the demo content is too small");
    }
    List<Page> pages = new java.util.ArrayList<>(editionPages(app));
    pages.addAll(
        List.of(
            new Page("home", "/", 200, false, "main h2"),
            new Page("news", "/news", 200, false, "nav.pager a[rel=next]"),
            new Page("news-older", older, 200, false, "nav.pager a[rel=prev]"),
            new Page("section", "/section/politics", 200, false, ""),
            new Page("author", "/author/byun-duk-kun", 200, false, ""),
            new Page("tag", "/tag/covid-19", 200, false, ""),
            new Page("article", article, 200, false, "main figure img"),
            new Page("not-found", "/no/such/page", 404, false, ""),
            new Page(
                "gone", "/article/" + victim.id().value() + "/" + victim.slug(), 410, false, ""),
            new Page("feedback-error", article, 422, true, ".feedback-error:not([hidden])"),
            new Page(
                "feedback-thanks",
                article + "?feedback=sent",
                200,
                false,
                ".feedback-thanks:not([hidden])"),
            new Page("search", "/search?q=korea&section=North+Korea", 200, false, "mark"),
            new Page("search-empty", "/search", 200, false, ".search-note"),
            new Page(
                "search-corrected",
                "/search?q=%22Korean+Peninsla%22",
                200,
                false,
                ".search-note a"),
            new Page("search-more", "/search?q=korea", 200, false, "nav.pager a[rel=next]"),
            new Page("search-unreadable", "/search?q=%28%28+AND", 200, false, ".search-note"),
            new Page("archive-day", "/archive/2022/02/04", 200, false, ".story-list"),
            new Page("archive-month", "/archive/2022/01", 200, false, "nav.pager a[rel=next]")));
    return pages;
  }

  /**
   * For each demo edition besides the default one: its home, a section, an article and its search;
   * the articles are made translations of the default edition's first story, so every article page
   * shows the language switcher (decision 0077).
   */
  private static List<Page> editionPages(TestApp app) {
    List<Page> pages = new java.util.ArrayList<>();
    List<org.dateline.article.Article> translations = new java.util.ArrayList<>();
    for (var e : app.wiring().editions().all()) {
      if (e.isDefault()) {
        continue;
      }
      List<ArticleSummary> newest =
          app.wiring()
              .articles()
              .page(new Listing.InEdition(e.code(), new Listing.All()), PageRequest.newest(1))
              .items();
      if (newest.isEmpty()) {
        continue; // an edition without stories (a test that moved them all into another one)
      }
      ArticleSummary story = newest.get(0);
      translations.add(app.wiring().articles().find(story.id()).orElseThrow());
      String section =
          Jsoup.parse(app.get(e.home()).body())
              .select("a[href^=/" + e.prefix() + "/section/]")
              .attr("href");
      pages.add(new Page(e.code() + "-home", e.home(), 200, false, "main h2"));
      pages.add(new Page(e.code() + "-section", section, 200, false, ".story-list"));
      pages.add(
          new Page(
              e.code() + "-article",
              e.root() + "/article/" + story.id().value() + "/" + Slugs.inPath(story.slug()),
              200,
              false,
              "main h1"));
      pages.add(new Page(e.code() + "-search", e.path("/search"), 200, false, ".search-note"));
    }
    if (!translations.isEmpty()) {
      TranslatedStories.link(
          app.wiring(),
          app.wiring().articles().find(new ArticleId(1)).orElseThrow(),
          translations.toArray(org.dateline.article.Article[]::new));
    }
    return pages;
  }

  /** The canonical path of a public story. */
  public static String articlePath(TestApp app, long id) {
    var a = app.wiring().articles().find(new ArticleId(id)).orElseThrow();
    return "/article/" + id + "/" + a.slug();
  }

  /** The page's HTML over HTTP, checking its status and that it shows its state. */
  public static String html(TestApp app, Page page) {
    HttpResponse<String> response =
        page.feedbackError()
            ? app.postForm(feedbackAction(page), "message=&website=")
            : app.get(page.path());
    if (response.statusCode() != page.status()) {
      throw new AssertionError(
          page.name()
              + " "
              + page.path()
              + " answered "
              + response.statusCode()
              + ", expected "
              + page.status());
    }
    if (!page.mustShow().isEmpty()
        && Jsoup.parse(response.body()).select(page.mustShow()).isEmpty()) {
      throw new AssertionError(page.name() + " " + page.path() + " shows no " + page.mustShow());
    }
    return response.body();
  }

  /**
   * Shows the page in the browser, checking the status it came with and that it shows its state;
   * the feedback error state is reached by sending the form empty.
   */
  public static void open(Browser browser, TestApp app, Page page) {
    browser.open(app.url(page.path()));
    if (page.feedbackError()) {
      // form.submit() skips the form's JavaScript and the browser's own "required" check, as an
      // old browser without either would: the server must answer with the page and the error.
      browser.script(
          "const f = document.querySelector('form.feedback-form');"
              + "f.querySelector('textarea').value = '';"
              + "HTMLFormElement.prototype.submit.call(f);");
      browser
          .waiting(Duration.ofSeconds(10))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  org.openqa.selenium.By.cssSelector(".feedback-error")));
    }
    if (browser.status() != page.status()) {
      throw new AssertionError(
          page.name()
              + " "
              + page.path()
              + " came to the browser with "
              + browser.status()
              + ", expected "
              + page.status());
    }
    if (!page.mustShow().isEmpty() && browser.findAll(page.mustShow()).isEmpty()) {
      throw new AssertionError(page.name() + " " + page.path() + " shows no " + page.mustShow());
    }
  }

  private static String feedbackAction(Page page) {
    return page.path().replaceFirst("^(/article/\\d+)/.*$", "$1/feedback");
  }
}
