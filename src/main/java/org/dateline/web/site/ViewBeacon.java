package org.dateline.web.site;

import io.javalin.http.Context;
import org.dateline.article.ArticleId;
import org.dateline.readership.Readership;
import org.dateline.web.NotFound;

/**
 * {@code POST /v/{id}}: the article page's script reports one view (decision 0044). The answer is
 * always 204 with nothing to store: no cookie is set, no address or User-Agent is kept, and a known
 * bot or a prefetch is simply not counted. Pages stay identical for everyone and cached.
 */
public final class ViewBeacon {
  private final Readership readership;

  public ViewBeacon(Readership readership) {
    this.readership = readership;
  }

  public void count(Context ctx) {
    long id =
        org.dateline.shared.Ids.parse(ctx.pathParam("id"))
            .orElseThrow(() -> new NotFound("no such story"));
    if (!isPrefetch(ctx)) {
      boolean unused = readership.count(new ArticleId(id), ctx.userAgent());
    }
    ctx.header("Cache-Control", "no-store");
    ctx.status(204);
  }

  /** A page fetched ahead of a click is not a view (Chromium and Firefox say so in a header). */
  private static boolean isPrefetch(Context ctx) {
    String purpose = ctx.header("Sec-Purpose");
    if (purpose == null) {
      purpose = ctx.header("Purpose");
    }
    return purpose != null && purpose.contains("prefetch");
  }
}
