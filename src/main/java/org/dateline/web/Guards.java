package org.dateline.web;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Named checks a route runs before its handler. Public forms are cached for everyone, so they carry
 * no per-reader token; instead a cross-site POST is refused by the browser's own Fetch Metadata and
 * Origin headers (OWASP's "verifying origin with standard headers"). A POST with neither header is
 * refused too: browsers always send one of them.
 */
public final class Guards {
  private Guards() {}

  /** Refuses a state-changing request that does not come from this site's own pages. */
  public static void sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (site.equals("same-origin") || site.equals("none")) {
        return;
      }
      throw new Forbidden("This form can only be sent from this site's own pages.");
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      origin = ctx.header("Referer");
    }
    if (origin == null || !sameHost(origin, Client.of(ctx).host())) {
      throw new Forbidden("This form can only be sent from this site's own pages.");
    }
  }

  private static boolean sameHost(String url, String host) {
    String authority = Params.uri(url).map(URI::getRawAuthority).orElse(null);
    return authority != null && host != null && authority.equalsIgnoreCase(host);
  }
}
