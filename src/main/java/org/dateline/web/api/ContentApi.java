package org.dateline.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Cursor;
import org.dateline.article.Directory;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.Slice;
import org.dateline.distribution.WireSite;
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
  static final int DEFAULT_LIMIT = 20;
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private final Articles articles;
  private final Directory directory;
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;

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
    Optional<Cursor> cursor = cursor(ctx.queryParam("cursor"));
    int limit = limit(ctx.queryParam("limit"));
    StringBuilder query = new StringBuilder();
    String filter = "";
    if (section != null) {
      filter = "section=" + Slugs.inPath(section);
    } else if (topic != null) {
      filter = "topic=" + Slugs.inPath(topic);
    } else if (author != null) {
      filter = "author=" + Slugs.inPath(author);
    }
    append(query, filter);
    append(query, cursor.map(c -> "cursor=" + c.token()).orElse(""));
    append(query, "limit=" + limit);
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
          List<ArticleId> shown = page(body, listing, cursor, limit, nextBase);
          return json(body, CacheKeys.ofPage(List.of(CacheKeys.of(listing)), shown));
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
            json(
                ApiJson.article(article, item, site.wireSite()),
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
          return json(body, List.of());
        });
  }

  /** {@code /api/v1/sections/{slug}}: the section and its newest stories. */
  public void section(Context ctx) {
    String slug = ctx.pathParam("slug");
    named(
        ctx,
        () -> {
          Section s =
              sections
                  .bySlug(slug)
                  .orElseThrow(() -> new NotFound("No section is called " + slug + "."));
          return new Named(
              ApiJson.section(s, site.wireSite()),
              new Listing.InSection(s.id()),
              "section=" + Slugs.inPath(s.slug()));
        });
  }

  /** {@code /api/v1/topics}: topics with a public story, by id, cursor pagination. */
  public void topics(Context ctx) {
    directoryList(
        ctx,
        (range) -> directory.topics(range[0], Long.MAX_VALUE, (int) range[1]),
        t -> ApiJson.topic(t, site.wireSite()),
        t -> t.id(),
        "/topics");
  }

  /** {@code /api/v1/topics/{slug}}: the topic and its newest stories. */
  public void topic(Context ctx) {
    String slug = ctx.pathParam("slug");
    named(
        ctx,
        () -> {
          var t =
              articles
                  .tag(slug)
                  .orElseThrow(() -> new NotFound("No topic is called " + slug + "."));
          return new Named(
              ApiJson.topic(t, site.wireSite()),
              new Listing.ByTag(t.id()),
              "topic=" + Slugs.inPath(t.slug()));
        });
  }

  /** {@code /api/v1/authors}: authors with a public story, by id, cursor pagination. */
  public void authors(Context ctx) {
    directoryList(
        ctx,
        (range) -> directory.authors(range[0], Long.MAX_VALUE, (int) range[1]),
        a -> ApiJson.author(a, site.wireSite()),
        a -> a.id(),
        "/authors");
  }

  /** {@code /api/v1/authors/{slug}}: the author and their newest stories. */
  public void author(Context ctx) {
    String slug = ctx.pathParam("slug");
    named(
        ctx,
        () -> {
          var a =
              articles
                  .author(slug)
                  .orElseThrow(() -> new NotFound("No author is called " + slug + "."));
          return new Named(
              ApiJson.author(a, site.wireSite()),
              new Listing.ByAuthor(a.id()),
              "author=" + Slugs.inPath(a.slug()));
        });
  }

  /** A section, topic or author: its JSON, its list of stories, and the filter naming it. */
  private record Named(ObjectNode json, Listing listing, String filter) {}

  private void named(Context ctx, java.util.function.Supplier<Named> resolve) {
    String key = ctx.path();
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark();
    Named named = resolve.get();
    pages.serve(
        ctx,
        key,
        mark,
        () -> {
          ObjectNode body = named.json().deepCopy();
          ObjectNode list = body.putObject("articles");
          List<ArticleId> shown =
              page(
                  list,
                  named.listing(),
                  Optional.empty(),
                  DEFAULT_LIMIT,
                  ApiJson.BASE + "/articles?" + named.filter() + "&");
          return json(body, CacheKeys.ofPage(List.of(CacheKeys.of(named.listing())), shown));
        });
  }

  /** Writes one page of a list into {@code body}; returns the ids shown. */
  private List<ArticleId> page(
      ObjectNode body, Listing listing, Optional<Cursor> cursor, int limit, String nextBase) {
    Slice slice = articles.page(listing, new PageRequest(cursor, Optional.empty(), limit));
    WireSite wire = site.wireSite();
    ArrayNode items = body.putArray("items");
    List<ArticleId> shown = new ArrayList<>();
    for (ArticleSummary s : slice.items()) {
      items.add(ApiJson.summary(s, wire));
      shown.add(s.id());
    }
    if (slice.older().isPresent()) {
      String token = slice.older().get().token();
      body.put("next_cursor", token);
      body.put("next", wire.absolute(nextBase + "cursor=" + token + "&limit=" + limit));
    } else {
      body.putNull("next_cursor");
      body.putNull("next");
    }
    return shown;
  }

  private <T> void directoryList(
      Context ctx,
      Function<long[], List<T>> read,
      Function<T, ObjectNode> shape,
      Function<T, Long> idOf,
      String path) {
    String cursorText = ctx.queryParam("cursor");
    long after = 0;
    if (cursorText != null) {
      if (!cursorText.matches("0|[1-9][0-9]{0,17}")) {
        throw new BadRequest("The cursor " + cursorText + " is not one this API gave.");
      }
      after = Long.parseLong(cursorText);
    }
    int limit = limit(ctx.queryParam("limit"));
    long from = after + 1;
    String key = ctx.path() + "?limit=" + limit;
    java.util.function.Supplier<CachedPage> render =
        () -> {
          List<T> found = read.apply(new long[] {from, limit + 1L});
          ObjectNode body = ApiJson.JSON.createObjectNode();
          ArrayNode items = body.putArray("items");
          found.stream().limit(limit).forEach(t -> items.add(shape.apply(t)));
          if (found.size() > limit) {
            String next = Long.toString(idOf.apply(found.get(limit - 1)));
            body.put("next_cursor", next);
            body.put(
                "next",
                site.wireSite()
                    .absolute(ApiJson.BASE + path + "?cursor=" + next + "&limit=" + limit));
          } else {
            body.putNull("next_cursor");
            body.putNull("next");
          }
          // Names appear with their first public story and go with their last: any change.
          return json(body, List.of(CacheKeys.ALL_NEWS));
        };
    if (cursorText != null) {
      Responses.send(ctx, render.get(), pages.cacheControl());
    } else {
      pages.serve(ctx, key, render);
    }
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

  private CachedPage json(ObjectNode body, java.util.Collection<String> keys) {
    return pages.document(200, JSON_TYPE, ApiJson.text(body)).withKeys(keys);
  }

  private static Optional<Cursor> cursor(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(text)
            .orElseThrow(
                () -> new BadRequest("The cursor " + text + " is not one this API gave.")));
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    if (!text.matches("[1-9][0-9]{0,2}") || Integer.parseInt(text) > PageRequest.MAX_SIZE) {
      throw new BadRequest(
          "The limit " + text + " is not a whole number from 1 to " + PageRequest.MAX_SIZE + ".");
    }
    return Integer.parseInt(text);
  }

  private static void append(StringBuilder query, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(part);
  }
}
