package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.ingest.DeskFilter;
import org.dateline.ingest.DeskItem;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.IncomingDesk;
import org.dateline.ingest.IncomingState;
import org.dateline.ingest.ItemUse;
import org.dateline.ingest.Provider;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.newsroom.auth.Permission;
import org.dateline.web.NotFound;
import org.dateline.web.Params;
import org.dateline.web.newsroom.NewsroomModel.Option;

/**
 * The incoming desk: partners' items newest first, filtered by provider, urgency, state, edition
 * and words; an item's preview; take (a newsroom draft) and publish as is (editors).
 */
public final class IncomingPages {
  private final IncomingDesk desk;
  private final Incoming incoming;
  private final NewsroomChrome chrome;

  public IncomingPages(IncomingDesk desk, Incoming incoming, NewsroomChrome chrome) {
    this.desk = desk;
    this.incoming = incoming;
    this.chrome = chrome;
  }

  /** GET /newsroom/incoming?provider=&urgency=&state=&edition=&q= */
  public void list(Context ctx) {
    String provider = query(ctx, "provider");
    String urgency = query(ctx, "urgency");
    String state = query(ctx, "state");
    String edition = query(ctx, "edition");
    String words = query(ctx, "q");
    Optional<IncomingState> chosen =
        List.of(IncomingState.values()).stream().filter(s -> s.word().equals(state)).findFirst();
    int maxUrgency = Params.number(urgency).orElse(0);
    DeskFilter filter =
        new DeskFilter(
            provider.isEmpty() ? Optional.empty() : Optional.of(provider),
            maxUrgency,
            chosen,
            edition,
            words);
    // An item opened from the desk of one edition offers to take it there (decision 0087).
    String itemQuery =
        edition.isEmpty()
            ? ""
            : "?edition="
                + java.net.URLEncoder.encode(edition, java.nio.charset.StandardCharsets.UTF_8);
    List<IncomingModel.Row> rows =
        desk.list(filter).stream()
            .map(IncomingPages::row)
            .map(
                r ->
                    new IncomingModel.Row(
                        r.id(),
                        r.href() + itemQuery,
                        r.provider(),
                        r.headline(),
                        r.urgency(),
                        r.version(),
                        r.versionAt(),
                        r.state(),
                        r.edition(),
                        r.notice()))
            .toList();
    List<IncomingModel.Notice> notices =
        desk.notices().stream()
            .map(d -> new IncomingModel.Notice(href(d), d.headline(), d.notice()))
            .toList();
    List<Option> providers = new ArrayList<>();
    providers.add(new Option("", "All providers", provider.isEmpty()));
    for (Provider p : incoming.providers()) {
      providers.add(new Option(p.name(), p.name(), p.name().equals(provider)));
    }
    List<Option> states = new ArrayList<>();
    states.add(new Option("", "On the desk", chosen.isEmpty()));
    for (IncomingState s : IncomingState.values()) {
      states.add(new Option(s.word(), s.word(), chosen.isPresent() && chosen.get() == s));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/incoming.jte",
        new IncomingModel.DeskPage(
            chrome.frame(ctx, "/newsroom/incoming"),
            providers,
            states,
            maxUrgency == 0 ? "" : Integer.toString(maxUrgency),
            filter.edition(),
            filter.words(),
            rows,
            notices,
            desk.keep().toHours() + " hours"));
  }

  /** GET /newsroom/incoming/{id} */
  public void view(Context ctx) {
    IncomingDesk.Preview p =
        desk.preview(Inputs.pathId(ctx)).orElseThrow(() -> new NotFound("no such item"));
    IncomingItem c = p.content();
    List<IncomingModel.Picture> pictures = pictures(p);
    List<IncomingModel.Use> uses = p.uses().stream().map(IncomingPages::use).toList();
    boolean usable = p.item().state() != IncomingState.KILLED;
    chrome.send(
        ctx,
        200,
        "newsroom/incoming-item.jte",
        new IncomingModel.ItemPage(
            chrome.frame(ctx, "/newsroom/incoming"),
            p.item().id(),
            row(p.item()),
            p.item().guid(),
            c.language(),
            c.summary(),
            c.dateline(),
            String.join(", ", c.bylines()),
            String.join(", ", c.subjects().stream().map(IncomingItem.Subject::name).toList()),
            c.body(),
            pictures,
            uses,
            NewsroomAccess.user(ctx).can(Permission.PUBLISH),
            usable,
            takeInto(p.item().id(), query(ctx, "edition"))));
  }

  /**
   * The editions to take an item into, the item's own chosen (decision 0087); {@code deskEdition}
   * is the edition the incoming desk was filtered on, if any.
   */
  private List<Option> takeInto(long id, String deskEdition) {
    String chosen =
        desk.editionFor(id, deskEdition.isEmpty() ? Optional.empty() : Optional.of(deskEdition));
    List<Option> out = new ArrayList<>();
    for (Edition e : chrome.editions().all()) {
      out.add(new Option(e.code(), e.name() + " (" + e.code() + ")", e.code().equals(chosen)));
    }
    return out;
  }

  /** POST /newsroom/incoming/{id}/take: the draft opens in the editor. */
  public void take(Context ctx) {
    String edition = ctx.formParam("edition");
    ItemUse use =
        desk.take(
            Inputs.pathId(ctx),
            edition == null || edition.isBlank() ? Optional.empty() : Optional.of(edition),
            NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/stories/" + use.storyId().orElseThrow(), HttpStatus.SEE_OTHER);
  }

  /** POST /newsroom/incoming/{id}/publish: back to the item, which now shows its public story. */
  public void publish(Context ctx) {
    long id = Inputs.pathId(ctx);
    desk.publish(id, NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/incoming/" + id, HttpStatus.SEE_OTHER);
  }

  /** The pictures fetched with the item; an item stored before pictures were fetched has none. */
  private static List<IncomingModel.Picture> pictures(IncomingDesk.Preview p) {
    return p.pictures().stream()
        .map(
            pic ->
                new IncomingModel.Picture(
                    pic.caption(),
                    pic.credit(),
                    pic.photo()
                        .map(ph -> ph.src().replace("/media/", "/newsroom/media/"))
                        .orElse(""),
                    pic.alt(),
                    pic.problem(),
                    pic.href()))
        .toList();
  }

  private static IncomingModel.Use use(ItemUse u) {
    String by = u.ruleId().map(r -> " by rule " + r).orElse("");
    String edition = u.edition().isEmpty() ? "" : " for edition " + u.edition();
    if (u.storyId().isPresent()) {
      return new IncomingModel.Use(
          "Taken as newsroom story " + u.storyId().get() + edition + by + " at " + u.at(),
          "/newsroom/stories/" + u.storyId().get());
    }
    if (u.articleId().isPresent()) {
      return new IncomingModel.Use(
          "Published as story " + u.articleId().get() + edition + by + " at " + u.at(),
          "/newsroom/articles/" + u.articleId().get() + "/edit");
    }
    return new IncomingModel.Use("Being used" + edition + by, "");
  }

  static IncomingModel.Row row(DeskItem d) {
    return new IncomingModel.Row(
        d.id(),
        href(d),
        d.provider(),
        d.headline().isEmpty() ? "(no headline)" : d.headline(),
        d.urgency() == 0 ? "—" : Integer.toString(d.urgency()),
        d.version(),
        d.versionAt().map(Instant::toString).orElse(d.updatedAt().toString()),
        d.state().word(),
        d.edition(),
        d.notice());
  }

  private static String href(DeskItem d) {
    return "/newsroom/incoming/" + d.id();
  }

  private static String query(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
