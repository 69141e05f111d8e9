package org.dateline.web;

import io.javalin.http.Context;

/** What a request asks for, read the same way by every surface. */
public final class Requests {
  private Requests() {}

  /**
   * Whether the client asks for JSON (the site's and the editor's scripts do, and then show the
   * message in place) rather than a page.
   */
  public static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("application/json");
  }
}
