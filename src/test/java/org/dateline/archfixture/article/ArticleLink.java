package org.dateline.archfixture.article;

import io.javalin.http.Context;

/** Breaks "features use no web types": domain code reading a Javalin request. */
public final class ArticleLink {
  private ArticleLink() {}

  public static long idOf(Context ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }
}
