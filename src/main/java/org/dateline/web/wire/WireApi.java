package org.dateline.web.wire;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.subscriber.Subscriber;
import org.dateline.wire.Cursors;
import org.dateline.wire.Wire;
import org.dateline.wire.WireEvent;
import org.dateline.wire.WireFormat;
import org.dateline.wire.WireRefused;

/** The wire API's handlers: items, versions, changes (see docs/WIRE.md). */
public final class WireApi {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final int MAX_WAIT_SECONDS = 25;

  private final Wire wire;

  public WireApi(Wire wire) {
    this.wire = wire;
  }

  /** {@code GET /wire/v1/items/{id}}: the current version. */
  public void item(Context ctx) {
    send(ctx, wire.current(WireAccess.of(ctx), id(ctx), format(ctx)), format(ctx));
  }

  /** {@code GET /wire/v1/items/{id}/versions/{n}}: a published version. */
  public void version(Context ctx) {
    int n = (int) number(ctx.pathParam("n"), "version", Integer.MAX_VALUE);
    send(ctx, wire.at(WireAccess.of(ctx), id(ctx), n, format(ctx)), format(ctx));
  }

  /** {@code GET /wire/v1/changes?after=&limit=&wait=}: events in commit order. */
  public void changes(Context ctx) throws InterruptedException {
    Subscriber who = WireAccess.of(ctx);
    long after = Cursors.seq(ctx.queryParam("after"));
    int limit = (int) optional(ctx.queryParam("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long wait = optional(ctx.queryParam("wait"), "wait", 0, 0, MAX_WAIT_SECONDS);
    Wire.Changes page = wire.changes(who, after, limit, wait * 1000);
    List<Map<String, Object>> events = new ArrayList<>();
    for (WireEvent e : page.events()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", e.id());
      event.put("type", e.type());
      event.put("story", e.storyId());
      event.put("version", e.version());
      event.put("at", e.at().toString());
      event.put("cursor", e.cursor());
      event.put("item", "/wire/v1/items/" + e.storyId() + "/versions/" + e.version());
      events.add(event);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("events", events);
    body.put("next", Cursors.of(page.next()));
    body.put("more", page.more());
    ctx.header("Cache-Control", "no-store");
    ctx.json(body);
  }

  private static void send(Context ctx, Wire.Rendered r, WireFormat format) {
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("X-Dateline-Version", Integer.toString(r.version()));
    ctx.contentType(format.contentType()).result(r.text());
  }

  private static WireFormat format(Context ctx) {
    return WireFormat.of(
        ctx.queryParam("format"), ctx.queryParam("version"), ctx.queryParam("body"));
  }

  private static long id(Context ctx) {
    return number(ctx.pathParam("id"), "story id", Long.MAX_VALUE);
  }

  private static long number(String text, String what, long max) {
    if (text == null
        || !text.matches(org.dateline.shared.Ids.PATTERN)
        || Long.parseLong(text) > max) {
      throw new WireRefused("not_found", "\"" + text + "\" is not a " + what + " on the wire.");
    }
    return Long.parseLong(text);
  }

  private static long optional(String text, String name, long fallback, long min, long max) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    if (!text.matches("[0-9]{1,9}") || Long.parseLong(text) < min || Long.parseLong(text) > max) {
      throw new WireRefused(
          "bad_request",
          name + " must be a whole number from " + min + " to " + max + ", got \"" + text + "\".");
    }
    return Long.parseLong(text);
  }
}
