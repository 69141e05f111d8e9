package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsroom.RoleTable.action;
import static org.dateline.newsroom.RoleTable.page;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.ingest.DeskFilter;
import org.dateline.ingest.Provider;
import org.dateline.ingest.ProviderForm;
import org.dateline.ingest.Rule;
import org.dateline.ingest.RuleForm;
import org.dateline.newsroom.RoleTable.Cell;
import org.dateline.newsroom.RoleTable.Request;
import org.dateline.newsroom.RoleTable.Who;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;

/**
 * {@link RoleTableIT}'s probes of the incoming desk and the routing rules: each makes its own item
 * or rule, so a refused attempt leaves it as it was and an allowed one shows its effect.
 */
final class IncomingProbes {
  private final Wiring w;
  private final Provider provider;
  private final User ruleEditor;
  private int serial;

  IncomingProbes(TestApp app) {
    this.w = app.wiring();
    this.provider =
        w.incoming()
            .add(new ProviderForm("probe-partner", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .provider();
    this.ruleEditor = Newsroom.user(w, Role.EDITOR, "Rule Probe Editor");
  }

  /** A fresh incoming item's id. */
  private long item() {
    String guid = "urn:probe:" + (++serial);
    String json =
        "{\"uri\":\"%s\",\"version\":\"1\",\"headlines\":[{\"value\":\"Probe item %d\"}],"
                .formatted(guid, serial)
            + "\"bodies\":[{\"contenttype\":\"text/plain\",\"value\":\"Probe body.\"}]}";
    w.incoming().receive(provider, "probe", json.getBytes(StandardCharsets.UTF_8));
    return w.incomingDesk().list(DeskFilter.all()).stream()
        .filter(d -> d.guid().equals(guid))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private int uses(long item) {
    return w.incomingDesk().preview(item).orElseThrow().uses().size();
  }

  private Rule rule() {
    return w.routing().add(form("Probe rule " + (++serial)), ruleEditor);
  }

  private static RuleForm form(String name) {
    return new RuleForm(name, "", "all", "en", "", "", "", "desk", "", "", "", false);
  }

  Cell desk(Who who) {
    return page("/newsroom/incoming", "Incoming");
  }

  Cell view(Who who) {
    long id = item();
    return page("/newsroom/incoming/" + id, "Probe item " + serial);
  }

  Cell take(Who who) {
    long id = item();
    return new Cell(
        Request.post("/newsroom/incoming/" + id + "/take"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(a.location()).startsWith("/newsroom/stories/");
          assertThat(uses(id)).isEqualTo(1);
        },
        () -> uses(id));
  }

  Cell publish(Who who) {
    long id = item();
    String path = "/newsroom/incoming/" + id;
    return action(
        Request.post(path + "/publish"),
        path,
        () -> assertThat(uses(id)).isEqualTo(1),
        () -> uses(id));
  }

  Cell rules(Who who) {
    return page("/newsroom/rules", "Routing rules");
  }

  Cell addRule(Who who) {
    String name = "Added rule " + (++serial);
    return new Cell(
        Request.post("/newsroom/rules", "name", name, "combine", "any", "mode", "desk"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          assertThat(byName(name)).isPresent();
        },
        () -> byName(name).isPresent());
  }

  Cell viewRule(Who who) {
    Rule r = rule();
    return page("/newsroom/rules/" + r.id(), r.name());
  }

  Cell updateRule(Who who) {
    Rule r = rule();
    String path = "/newsroom/rules/" + r.id();
    String renamed = r.name() + " renamed";
    return action(
        Request.post(path, "name", renamed, "combine", "all", "mode", "desk"),
        path,
        () -> assertThat(w.routing().rule(r.id()).orElseThrow().name()).isEqualTo(renamed),
        () -> w.routing().rule(r.id()).orElseThrow().name());
  }

  Cell moveRule(Who who) {
    Rule r = rule();
    return action(
        Request.post("/newsroom/rules/" + r.id() + "/move", "direction", "up"),
        "/newsroom/rules",
        () -> assertThat(place(r)).isLessThan(w.routing().rules().size() - 1),
        () -> place(r));
  }

  Cell deleteRule(Who who) {
    Rule r = rule();
    return action(
        Request.post("/newsroom/rules/" + r.id() + "/delete"),
        "/newsroom/rules",
        () -> assertThat(w.routing().rule(r.id())).isEmpty(),
        () -> w.routing().rule(r.id()).isPresent());
  }

  private int place(Rule r) {
    return w.routing().rules().stream().map(Rule::id).toList().indexOf(r.id());
  }

  private Optional<Rule> byName(String name) {
    return w.routing().rules().stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
