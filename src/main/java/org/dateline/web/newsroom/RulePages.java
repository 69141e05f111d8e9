package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.dateline.ingest.Routing;
import org.dateline.ingest.Rule;
import org.dateline.ingest.RuleForm;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;

/**
 * The routing rules for editors: the ordered list, add, edit, move up or down, delete, and what
 * each rule matched lately.
 */
public final class RulePages {
  private final Routing routing;
  private final Incoming incoming;
  private final Sections sections;
  private final NewsroomChrome chrome;

  public RulePages(Routing routing, Incoming incoming, Sections sections, NewsroomChrome chrome) {
    this.routing = routing;
    this.incoming = incoming;
    this.sections = sections;
    this.chrome = chrome;
  }

  /** GET /newsroom/rules */
  public void list(Context ctx) {
    List<IncomingModel.RuleRow> rows = new ArrayList<>();
    int place = 1;
    for (Rule r : routing.rules()) {
      String provider = routing.providerName(r);
      rows.add(
          new IncomingModel.RuleRow(
              r.id(),
              place++,
              r.name(),
              provider.isEmpty() ? "every provider" : provider,
              r.filter().describe(),
              r.action().describe()));
    }
    List<Provider> providers = incoming.providers();
    chrome.send(
        ctx,
        200,
        "newsroom/rules.jte",
        new IncomingModel.RulesPage(
            chrome.frame(ctx, "/newsroom/rules"),
            rows,
            providers.stream().map(Provider::name).toList(),
            providers.stream().filter(Provider::trusted).map(Provider::name).toList(),
            sectionNames()));
  }

  /** POST /newsroom/rules */
  public void add(Context ctx) {
    Rule r = routing.add(form(ctx), NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/rules/" + r.id(), HttpStatus.SEE_OTHER);
  }

  /** GET /newsroom/rules/{id} */
  public void view(Context ctx) {
    Rule r = existing(ctx);
    List<IncomingModel.Match> matches =
        routing.recent(r.id(), Routing.RECENT).stream()
            .map(
                m ->
                    new IncomingModel.Match(
                        m.headline(),
                        "/newsroom/incoming/" + m.itemId(),
                        m.provider(),
                        m.at().toString(),
                        m.outcome()))
            .toList();
    var f = r.filter();
    var a = r.action();
    chrome.send(
        ctx,
        200,
        "newsroom/rule.jte",
        new IncomingModel.RulePage(
            chrome.frame(ctx, "/newsroom/rules"),
            r.id(),
            new IncomingModel.RuleFields(
                r.name(),
                routing.providerName(r),
                f.combine().word(),
                String.join(", ", f.languages()),
                f.maxUrgency() == 0 ? "" : Integer.toString(f.maxUrgency()),
                String.join(", ", f.subjects()),
                String.join(", ", f.words()),
                a.mode().word(),
                a.edition(),
                a.section(),
                a.byline(),
                a.stop()),
            matches,
            incoming.providers().stream().map(Provider::name).toList(),
            sectionNames()));
  }

  /** POST /newsroom/rules/{id} */
  public void update(Context ctx) {
    Rule r = existing(ctx);
    routing.update(r.id(), form(ctx), NewsroomAccess.user(ctx));
    ctx.redirect("/newsroom/rules/" + r.id(), HttpStatus.SEE_OTHER);
  }

  /** POST /newsroom/rules/{id}/move: direction=up|down */
  public void move(Context ctx) {
    Rule r = existing(ctx);
    int by =
        switch (Inputs.text(ctx, "direction")) {
          case "up" -> -1;
          case "down" -> 1;
          default -> throw new BadRequest("Move a rule up or down.");
        };
    routing.move(r.id(), by);
    ctx.redirect("/newsroom/rules", HttpStatus.SEE_OTHER);
  }

  /** POST /newsroom/rules/{id}/delete */
  public void delete(Context ctx) {
    routing.delete(existing(ctx).id());
    ctx.redirect("/newsroom/rules", HttpStatus.SEE_OTHER);
  }

  private Rule existing(Context ctx) {
    return routing.rule(Inputs.pathId(ctx)).orElseThrow(() -> new NotFound("no such rule"));
  }

  private List<String> sectionNames() {
    return sections.all().stream().map(Section::name).toList();
  }

  private static RuleForm form(Context ctx) {
    return new RuleForm(
        Inputs.text(ctx, "name"),
        Inputs.text(ctx, "provider"),
        Inputs.text(ctx, "combine"),
        Inputs.text(ctx, "languages"),
        Inputs.text(ctx, "urgency"),
        Inputs.text(ctx, "subjects"),
        Inputs.text(ctx, "words"),
        Inputs.text(ctx, "mode"),
        Inputs.text(ctx, "edition"),
        Inputs.text(ctx, "section"),
        Inputs.text(ctx, "byline"),
        !ctx.formParams("stop").isEmpty());
  }
}
