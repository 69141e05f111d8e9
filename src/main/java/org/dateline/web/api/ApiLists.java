package org.dateline.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Cursor;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.Slice;
import org.dateline.distribution.WireSite;
import org.dateline.web.BadRequest;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;
import org.dateline.web.Responses;
import org.dateline.web.site.SiteChrome;

/**
 * The content API's lists, for {@link ContentApi}'s handlers: a page of stories with its next
 * cursor, a section, topic or author with its newest stories, the directory lists of names, the
 * query's cursor and limit, and a JSON answer with the cache keys it shows.
 */
final class ApiLists {
  static final int DEFAULT_LIMIT = 20;
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private final Articles articles;
  private final SiteChrome site;
  private final PublicPages pages;

  ApiLists(Articles articles, SiteChrome site, PublicPages pages) {
    this.articles = articles;
    this.site = site;
    this.pages = pages;
  }

  /** A section, topic or author: its JSON, its list of stories, and the filter naming it. */
  record Named(ObjectNode json, Listing listing, String filter) {}

  void named(Context ctx, Supplier<Named> resolve) {
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
  List<ArticleId> page(
      ObjectNode body, Listing listing, Optional<Cursor> cursor, int limit, String nextBase) {
    Slice slice = articles.page(listing, new PageRequest(cursor, Optional.empty(), limit));
    WireSite wire = site.wireSite();
    ArrayNode items = body.putArray("items");
    List<ArticleId> shown = new ArrayList<>();
    for (ArticleSummary s : slice.items()) {
      items.add(ApiJson.summary(s, site.edition(s.edition()), wire));
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

  <T> void directoryList(
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
    Supplier<CachedPage> render =
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

  CachedPage json(ObjectNode body, Collection<String> keys) {
    return pages.document(200, JSON_TYPE, ApiJson.text(body)).withKeys(keys);
  }

  static Optional<Cursor> cursor(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(text)
            .orElseThrow(
                () -> new BadRequest("The cursor " + text + " is not one this API gave.")));
  }

  static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    if (!text.matches("[1-9][0-9]{0,2}") || Integer.parseInt(text) > PageRequest.MAX_SIZE) {
      throw new BadRequest(
          "The limit " + text + " is not a whole number from 1 to " + PageRequest.MAX_SIZE + ".");
    }
    return Integer.parseInt(text);
  }

  static void append(StringBuilder query, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(part);
  }
}
