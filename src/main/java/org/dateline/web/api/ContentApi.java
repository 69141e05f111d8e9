package org.dateline.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Cursor;
import org.dateline.article.Directory;
import org.dateline.article.Listing;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;
import org.dateline.web.BadRequest;
import org.dateline.web.CachedPage;
import org.dateline.web.Gone;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.Responses;
import org.dateline.web.site.SiteChrome;

/**
 * The content API's handlers: parse the query, read the public record, answer JSON through the
 * public page cache (ETag, 304, gzip; dropped by the change log like the pages it mirrors). Only
 * public stories, and only names that a public story carries.
 */
public final class ContentApi {
  private final Articles articles;
  private final Directory directory;
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;
  private final ApiLists lists;

  public ContentApi(
      Articles articles,
      Directory directory,
      Sections sections,
      SiteChrome site,
      PublicPages pages) {
    this.articles = articles;
    this.directory = directory;
    this.sections = sections;
    this.site = site;
    this.pages = pages;
    this.lists = new ApiLists(articles, site, pages);
  }

  /** {@code /api/v1/articles}: newest first, one filter at most, cursor pagination. */
  public void articles(Context ctx) {
    String section = ctx.queryParam("section");
    String topic = ctx.queryParam("topic");
    String author = ctx.queryParam("author");
    int filters = (section != null ? 1 : 0) + (topic != null ? 1 : 0) + (author != null ? 1 : 0);
    if (filters > 1) {
      throw new BadRequest("Filter by one of section, topic or author at a time.");
    }
    Optional<Cursor> cursor = ApiLists.cursor(ctx.queryParam("cursor"));
    int limit = ApiLists.limit(ctx.queryParam("limit"));
    StringBuilder query = new StringBuilder();
    String filter = "";
    if (section != null) {
      filter = "section=" + Slugs.inPath(section);
    } else if (topic != null) {
      filter = "topic=" + Slugs.inPath(topic);
    } else if (author != null) {
      filter = "author=" + Slugs.inPath(author);
    }
    ApiLists.append(query, filter);
    ApiLists.append(query, cursor.map(c -> "cursor=" + c.token()).orElse(""));
    ApiLists.append(query, "limit=" + limit);
    String key = ctx.path() + "?" + query;
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark();
    Listing listing = listing(section, topic, author);
    String nextBase = ApiJson.BASE + "/articles?" + (filter.isEmpty() ? "" : filter + "&");
    java.util.function.Supplier<CachedPage> render =
        () -> {
          ObjectNode body = ApiJson.JSON.createObjectNode();
          List<ArticleId> shown = lists.page(body, listing, cursor, limit, nextBase);
          return lists.json(body, CacheKeys.ofPage(List.of(CacheKeys.of(listing)), shown));
        };
    if (cursor.isPresent()) {
      // Any position may be asked for: deeper pages are read each time (one keyset query) rather
      // than filling the cache with positions someone made up. The ETag still gives 304s.
      Responses.send(ctx, render.get(), pages.cacheControl());
    } else {
      pages.serve(ctx, key, mark, render);
    }
  }

  /** {@code /api/v1/articles/{id}}: one public story; 404 if it never was, 410 once withdrawn. */
  public void article(Context ctx) {
    String idText = ctx.pathParam("id");
    if (!idText.matches(org.dateline.shared.Ids.PATTERN)) {
      throw new NotFound("No story has the id " + idText + ".");
    }
    String key = ctx.path();
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark();
    ArticleId id = new ArticleId(Long.parseLong(idText));
    Article article =
        articles
            .find(id)
            .filter(Article::wasEverPublic)
            .orElseThrow(() -> new NotFound("No story has the id " + idText + "."));
    if (article.state() == ArticleState.KILLED) {
      throw new Gone("This story has been withdrawn.");
    }
    var item =
        site.wireItem(article)
            .orElseThrow(() -> new NotFound("No story has the id " + idText + "."));
    pages.serve(
        ctx,
        key,
        mark,
        () ->
            lists.json(
                ApiJson.article(article, item, site.wireSite(), site.edition(article.edition())),
                List.of(CacheKeys.article(article.id()))));
  }

  /** {@code /api/v1/sections}: every section, in navigation order. */
  public void sections(Context ctx) {
    pages.serve(
        ctx,
        ctx.path(),
        () -> {
          ObjectNode body = ApiJson.JSON.createObjectNode();
          ArrayNode items = body.putArray("items");
          sections.all().forEach(s -> items.add(ApiJson.section(s, site.wireSite())));
          body.putNull("next_cursor");
          body.putNull("next");
          // Sections change only through Sections, which drops every cached page.
          return lists.json(body, List.of());
        });
  }

  /** {@code /api/v1/sections/{slug}}: the section and its newest stories. */
  public void section(Context ctx) {
    String slug = ctx.pathParam("slug");
    lists.named(
        ctx,
        () -> {
          Section s =
              sections
                  .bySlug(slug)
                  .orElseThrow(() -> new NotFound("No section is called " + slug + "."));
          return new ApiLists.Named(
              ApiJson.section(s, site.wireSite()),
              new Listing.InSection(s.id()),
              "section=" + Slugs.inPath(s.slug()));
        });
  }

  /** {@code /api/v1/topics}: topics with a public story, by id, cursor pagination. */
  public void topics(Context ctx) {
    lists.directoryList(
        ctx,
        (range) -> directory.topics(range[0], Long.MAX_VALUE, (int) range[1]),
        t -> ApiJson.topic(t, site.wireSite()),
        t -> t.id(),
        "/topics");
  }

  /** {@code /api/v1/topics/{slug}}: the topic and its newest stories. */
  public void topic(Context ctx) {
    String slug = ctx.pathParam("slug");
    lists.named(
        ctx,
        () -> {
          var t =
              articles
                  .tag(slug)
                  .orElseThrow(() -> new NotFound("No topic is called " + slug + "."));
          return new ApiLists.Named(
              ApiJson.topic(t, site.wireSite()),
              new Listing.ByTag(t.id()),
              "topic=" + Slugs.inPath(t.slug()));
        });
  }

  /** {@code /api/v1/authors}: authors with a public story, by id, cursor pagination. */
  public void authors(Context ctx) {
    lists.directoryList(
        ctx,
        (range) -> directory.authors(range[0], Long.MAX_VALUE, (int) range[1]),
        a -> ApiJson.author(a, site.wireSite()),
        a -> a.id(),
        "/authors");
  }

  /** {@code /api/v1/authors/{slug}}: the author and their newest stories. */
  public void author(Context ctx) {
    String slug = ctx.pathParam("slug");
    lists.named(
        ctx,
        () -> {
          var a =
              articles
                  .author(slug)
                  .orElseThrow(() -> new NotFound("No author is called " + slug + "."));
          return new ApiLists.Named(
              ApiJson.author(a, site.wireSite()),
              new Listing.ByAuthor(a.id()),
              "author=" + Slugs.inPath(a.slug()));
        });
  }

  private Listing listing(String section, String topic, String author) {
    if (section != null) {
      return new Listing.InSection(
          sections
              .bySlug(section)
              .orElseThrow(() -> new NotFound("No section is called " + section + "."))
              .id());
    }
    if (topic != null) {
      return new Listing.ByTag(
          articles
              .tag(topic)
              .orElseThrow(() -> new NotFound("No topic is called " + topic + "."))
              .id());
    }
    if (author != null) {
      return new Listing.ByAuthor(
          articles
              .author(author)
              .orElseThrow(() -> new NotFound("No author is called " + author + "."))
              .id());
    }
    return new Listing.All();
  }
}
