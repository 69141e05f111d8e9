package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dateline.delivery.Deliveries;
import org.dateline.delivery.Delivery;
import org.dateline.delivery.DeliveryState;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberRefused;
import org.dateline.subscriber.Subscribers;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
import org.dateline.web.Params;
import org.dateline.wire.WireEvent;

/**
 * The wire's subscribers for administrators: list, add, edit, pause, resume, rotate and revoke (a
 * key and secret are shown once), usage per day, the delivery log with failures and redelivery.
 */
public final class SubscriberPages {
  private static final int LOG_ROWS = 50;
  private static final int USAGE_DAYS = 30;
  private final Subscribers subscribers;
  private final Deliveries deliveries;
  private final Sections sections;
  private final Editions editions;
  private final NewsroomChrome chrome;

  public SubscriberPages(
      Subscribers subscribers,
      Deliveries deliveries,
      Sections sections,
      Editions editions,
      NewsroomChrome chrome) {
    this.subscribers = subscribers;
    this.deliveries = deliveries;
    this.sections = sections;
    this.editions = editions;
    this.chrome = chrome;
  }

  /** GET /newsroom/subscribers */
  public void list(Context ctx) {
    List<SubscriberModel.Row> rows = new ArrayList<>();
    for (Subscriber s : subscribers.all()) {
      var counts = deliveries.counts(s.id());
      rows.add(
          new SubscriberModel.Row(
              s.id(),
              s.name(),
              s.state().code(),
              s.keyPrefix(),
              filter(s, subscribers.editionsOf(s)),
              s.webhookUrl().orElse("—"),
              counts.getOrDefault(DeliveryState.PENDING, 0L),
              counts.getOrDefault(DeliveryState.FAILED, 0L),
              deliveries.failureRun(s.id())));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/subscribers.jte",
        new SubscriberModel.ListPage(
            chrome.frame(ctx, "/newsroom/subscribers"),
            rows,
            sections.all().stream().map(Section::slug).toList(),
            new SubscriberModel.Form(
                "", "", "", choices(List.of()), "", true, true, "", SubscriberForm.DEFAULT_RATE)));
  }

  /** POST /newsroom/subscribers: the form; answers the new key once. */
  public void add(Context ctx) {
    issued(ctx, subscribers.add(form(ctx)));
  }

  /** GET /newsroom/subscribers/{id} */
  public void view(Context ctx) {
    detail(ctx, existing(ctx), SubscriberModel.Issued.NONE);
  }

  private void detail(Context ctx, Subscriber s, SubscriberModel.Issued issued) {
    var counts = deliveries.counts(s.id());
    List<SubscriberModel.UsageRow> usage =
        subscribers.usage(s.id(), USAGE_DAYS).stream()
            .map(u -> new SubscriberModel.UsageRow(u.day().toString(), u.requests()))
            .toList();
    List<SubscriberModel.DeliveryRow> log =
        deliveries.log(s.id(), LOG_ROWS).stream().map(SubscriberPages::row).toList();
    chrome.send(
        ctx,
        200,
        "newsroom/subscriber.jte",
        new SubscriberModel.DetailPage(
            chrome.frame(ctx, "/newsroom/subscribers"),
            s.id(),
            s.name(),
            s.state().code(),
            s.pausedReason().orElse(""),
            s.keyPrefix(),
            new SubscriberModel.Form(
                s.name(),
                s.contact(),
                String.join(", ", s.sections()),
                choices(s.editions()),
                String.join(
                    ", ", s.editions().stream().filter(c -> editions.byCode(c).isEmpty()).toList()),
                s.takes("ninjs"),
                s.takes("newsmlg2"),
                s.webhookUrl().orElse(""),
                s.ratePerSecond()),
            usage,
            log,
            counts.getOrDefault(DeliveryState.PENDING, 0L),
            counts.getOrDefault(DeliveryState.DELIVERED, 0L),
            counts.getOrDefault(DeliveryState.FAILED, 0L),
            deliveries.failureRun(s.id()),
            issued));
  }

  /** POST /newsroom/subscribers/{id}: the form. */
  public void update(Context ctx) {
    Subscriber s = existing(ctx);
    subscribers.update(s.id(), form(ctx));
    back(ctx, s, "Subscriber “" + s.name() + "” saved.");
  }

  /** POST /newsroom/subscribers/{id}/state: action=pause|resume|revoke */
  public void setState(Context ctx) {
    Subscriber s = existing(ctx);
    String done =
        switch (Inputs.text(ctx, "action")) {
          case "pause" -> {
            subscribers.pause(s.id(), "paused by an administrator");
            yield "paused: nothing is sent until it is resumed.";
          }
          case "resume" -> {
            deliveries.resume(s.id());
            yield "resumed.";
          }
          case "revoke" -> {
            subscribers.revoke(s.id());
            yield "revoked: its keys no longer work.";
          }
          default -> throw new BadRequest("Choose pause, resume or revoke.");
        };
    back(ctx, s, "Subscriber “" + s.name() + "” " + done);
  }

  /** POST /newsroom/subscribers/{id}/rotate: answers the new key once. */
  public void rotate(Context ctx) {
    issued(ctx, subscribers.rotate(existing(ctx).id()));
  }

  /** POST /newsroom/subscribers/{id}/redeliver: seq=N, or since=2026-11-30T09:00:00Z */
  public void redeliver(Context ctx) {
    Subscriber s = existing(ctx);
    String seq = Inputs.text(ctx, "seq");
    String since = Inputs.text(ctx, "since");
    if (!seq.isEmpty()) {
      long n = Inputs.optionalId(seq, "event").orElseThrow();
      if (!deliveries.redeliver(s.id(), n)) {
        throw new SubscriberRefused("There is no event " + seq + " for this subscriber.");
      }
    } else {
      Instant from =
          Params.instant(since.length() == 16 ? since + ":00Z" : since)
              .orElseThrow(
                  () ->
                      new SubscriberRefused(
                          "\"" + since + "\" is not a time such as 2026-11-30T09:00 (UTC)."));
      deliveries.redeliverSince(s.id(), from);
    }
    back(ctx, s, "Redelivery queued for “" + s.name() + "”.");
  }

  /** The subscriber's page with its new key and secret, shown this once (never stored). */
  private void issued(Context ctx, Issued issued) {
    ctx.header("Cache-Control", "no-store");
    detail(
        ctx,
        issued.subscriber(),
        new SubscriberModel.Issued(issued.apiKey(), issued.webhookSecret()));
  }

  private static void back(Context ctx, Subscriber s, String confirmation) {
    Flash.redirect(ctx, "/newsroom/subscribers/" + s.id(), confirmation);
  }

  private Subscriber existing(Context ctx) {
    return subscribers.find(Inputs.pathId(ctx)).orElseThrow(() -> new NotFound("no subscriber"));
  }

  private static SubscriberForm form(Context ctx) {
    List<String> formats = new ArrayList<>();
    if (!ctx.formParams("ninjs").isEmpty()) {
      formats.add("ninjs");
    }
    if (!ctx.formParams("newsmlg2").isEmpty()) {
      formats.add("newsmlg2");
    }
    if (formats.isEmpty()) {
      throw new SubscriberRefused("Choose at least one format: ninjs or NewsML-G2.");
    }
    String rate = Inputs.text(ctx, "rate");
    int perSecond =
        rate.isEmpty()
            ? SubscriberForm.DEFAULT_RATE
            : Params.number(rate)
                .orElseThrow(
                    () ->
                        new SubscriberRefused(
                            "\"" + rate + "\" is not a number of requests a second."));
    String webhook = Inputs.text(ctx, "webhook");
    return new SubscriberForm(
        Inputs.text(ctx, "name"),
        Inputs.text(ctx, "contact"),
        split(Inputs.text(ctx, "sections")),
        ctx.formParams("edition"),
        formats,
        webhook.isEmpty() ? Optional.empty() : Optional.of(webhook),
        perSecond);
  }

  private static List<String> split(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }

  /** Every edition, in navigation order, checked when {@code chosen} names it. */
  private List<SubscriberModel.EditionChoice> choices(List<String> chosen) {
    List<SubscriberModel.EditionChoice> out = new ArrayList<>();
    for (Edition e : editions.all()) {
      out.add(
          new SubscriberModel.EditionChoice(
              e.code(), e.name(), chosen.stream().anyMatch(c -> c.equalsIgnoreCase(e.code()))));
    }
    return out;
  }

  private static String filter(Subscriber s, List<String> editions) {
    return (s.sections().isEmpty() ? "all sections" : String.join(", ", s.sections()))
        + " · "
        + (editions.isEmpty() ? "all editions" : String.join(", ", editions))
        + " · "
        + String.join(", ", s.formats());
  }

  private static SubscriberModel.DeliveryRow row(Delivery d) {
    return new SubscriberModel.DeliveryRow(
        d.seq(),
        d.eventId(),
        WireEvent.type(d.action()),
        d.storyId(),
        d.version(),
        d.state().code(),
        d.attempts(),
        d.lastStatus().map(String::valueOf).orElse("—"),
        d.lastError().orElse(""),
        d.lastAttemptAt().map(Instant::toString).orElse("—"),
        d.state() == DeliveryState.PENDING ? d.nextAttemptAt().toString() : "—");
  }
}
