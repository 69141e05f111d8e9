package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.web.NotFound;

/**
 * The edition a public request is in (decision 0068): the default one for a path without a prefix,
 * else the edition of the prefix ({@code /ko/news}). A path under the default edition's own prefix
 * ({@code /en/news}) answers 301 to the same path without it, so each page has one address; an
 * unknown prefix is 404.
 */
final class EditionRequests {
  private EditionRequests() {}

  /** The request's edition; empty when the request was answered with a redirect. */
  static Optional<Edition> of(Context ctx, SiteChrome site) {
    String prefix = ctx.pathParamMap().get("edition");
    if (prefix == null) {
      return Optional.of(site.edition());
    }
    Edition e = site.editionAt(prefix).orElseThrow(() -> new NotFound("no such page"));
    if (e.isDefault()) {
      String path = ctx.path();
      int at = path.indexOf('/' + prefix);
      String rest = at < 0 ? "" : path.substring(at + 1 + prefix.length());
      String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
      ctx.redirect((rest.isEmpty() ? "/" : rest) + query, HttpStatus.MOVED_PERMANENTLY);
      return Optional.empty();
    }
    return Optional.of(e);
  }
}
