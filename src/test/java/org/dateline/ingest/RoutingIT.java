package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.ingest.IngestItems.ninjs;
import static org.dateline.ingest.IngestItems.push;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing rules on a real server and store: rules made in the newsroom route pushed items as they
 * arrive — to an edition's desk as drafts, or published at once for a trusted provider, once per
 * version even when the same version arrives on several connections at once.
 */
class RoutingIT {
  @TempDir static Path data;
  static TestApp app;
  static Wiring w;
  static User editor;
  static NewsroomClient editorClient;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    w = app.wiring();
    // The Korean edition the rules route to.
    w.editions()
        .add(
            new org.dateline.edition.Edition(
                "Dateline",
                "ko",
                java.time.ZoneId.of("Asia/Seoul"),
                "yyyy년 MM월 dd일 HH:mm",
                org.dateline.edition.Edition.FeedText.SUMMARY,
                "한국어",
                "ko",
                java.util.Optional.empty(),
                org.dateline.edition.DatelineStyle.ENGLISH,
                org.dateline.edition.Edition.Direction.LTR,
                1,
                false));
    editor = Newsroom.user(w, Role.EDITOR, "Routing Editor");
    editorClient = NewsroomClient.signIn(app, editor.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String pushProvider(String name) {
    return w.incoming()
        .add(new ProviderForm(name, "ninjs", Provider.SourceKind.PUSH, "", ""))
        .pushKey()
        .orElseThrow();
  }

  static DeskItem onDesk(String provider, String guid) {
    return w.incomingDesk().list(DeskFilter.all()).stream()
        .filter(d -> d.provider().equals(provider) && d.guid().equals(guid))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_rule_made_in_the_newsroom_routes_a_partners_urgent_items_to_an_editions_desk_as_drafts() {
    String key = pushProvider("partner-urgent");
    // Given a rule, added on the rules page, for the partner's items of urgency 1 or 2.
    HttpResponse<String> added =
        editorClient.post(
            "/newsroom/rules",
            "name",
            "Urgent from the partner to the Korean desk",
            "provider",
            "partner-urgent",
            "combine",
            "all",
            "urgency",
            "2",
            "mode",
            "draft",
            "edition",
            "ko",
            "stop",
            "1");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
    String rulePath = NewsroomClient.location(added);

    // When an urgent and a routine item arrive.
    assertThat(
            push(
                    app,
                    "partner-urgent",
                    key,
                    ninjs("urn:pu:1", 1, "usable", "en", 1, "Flash: 지진 in the south", "Disaster"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            push(
                    app,
                    "partner-urgent",
                    key,
                    ninjs("urn:pu:2", 1, "usable", "en", 5, "Routine market report", "Economy"))
                .statusCode())
        .isEqualTo(200);

    // Then the urgent one is on the Korean edition's desk, taken as a draft; the routine one not.
    List<DeskItem> korean =
        w.incomingDesk().list(new DeskFilter(Optional.empty(), 0, Optional.empty(), "ko", ""));
    assertThat(korean).extracting(DeskItem::guid).containsExactly("urn:pu:1");
    assertThat(korean.get(0).state()).isEqualTo(IncomingState.TAKEN);
    assertThat(onDesk("partner-urgent", "urn:pu:2").state()).isEqualTo(IncomingState.NEW);

    ItemUse use = w.incomingDesk().preview(korean.get(0).id()).orElseThrow().uses().get(0);
    assertThat(use.kind()).isEqualTo(ItemUse.Kind.DRAFT);
    assertThat(use.edition()).isEqualTo("ko");
    Story draft = w.stories().find(use.storyId().orElseThrow()).orElseThrow();
    assertThat(draft.stage()).isEqualTo(Stage.DRAFT);
    assertThat(draft.draft().headline()).isEqualTo("Flash: 지진 in the south");
    assertThat(draft.createdBy()).as("made by the rule's editor").isEqualTo(editor.id());
    assertThat(draft.edition()).as("on the routed edition's desk (0087)").isEqualTo("ko");

    // And the rule's page shows what it matched.
    String rulePage = editorClient.get(rulePath).body();
    assertThat(rulePage).contains("Flash: 지진 in the south").contains("draft " + draft.id());
    assertThat(rulePage).doesNotContain("Routine market report");

    // A newer version is routed again: a draft of the new version; the same version again is not.
    push(
        app,
        "partner-urgent",
        key,
        ninjs("urn:pu:1", 2, "usable", "en", 1, "Flash: 지진 in the south, two hurt", "Disaster"));
    push(
        app,
        "partner-urgent",
        key,
        ninjs("urn:pu:1", 2, "usable", "en", 1, "Flash: 지진 in the south, two hurt", "Disaster"));
    assertThat(w.incomingDesk().preview(korean.get(0).id()).orElseThrow().uses())
        .hasSize(2)
        .extracting(ItemUse::version)
        .doesNotHaveDuplicates();
  }

  @Test
  void a_trusted_providers_rule_publishes_once_when_the_same_version_arrives_twice_at_once()
      throws Exception {
    String key = pushProvider("trusted-wire");
    // A publish rule is refused for a provider that is not trusted.
    RuleForm publish =
        new RuleForm(
            "Publish the trusted wire",
            "trusted-wire",
            "any",
            "",
            "",
            "",
            "",
            "publish",
            "",
            "",
            "",
            true);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.routing().add(publish, editor))
        .isInstanceOf(RuleRefused.class)
        .hasMessageContaining("trusted-wire is not trusted");
    w.incoming().trust("trusted-wire", true);
    Rule rule = w.routing().add(publish, editor);

    String v1 = ninjs("urn:tw:1", 1, "usable", "en", 3, "Trusted story", "Politics");
    parallel(16, () -> push(app, "trusted-wire", key, v1));
    DeskItem item = onDesk("trusted-wire", "urn:tw:1");
    List<ItemUse> uses = w.incomingDesk().preview(item.id()).orElseThrow().uses();
    assertThat(uses)
        .singleElement()
        .satisfies(u -> assertThat(u.kind()).isEqualTo(ItemUse.Kind.PUBLISHED));
    long articleId = uses.get(0).articleId().orElseThrow();
    Article a = w.articles().find(new ArticleId(articleId)).orElseThrow();
    assertThat(a.isPublic()).isTrue();
    assertThat(a.version()).isEqualTo(1);
    assertThat(item.state()).isEqualTo(IncomingState.PUBLISHED);

    // The newer version, twice at once on many connections: the story is updated once.
    String v2 = ninjs("urn:tw:1", 2, "usable", "en", 3, "Trusted story, updated", "Politics");
    parallel(16, () -> push(app, "trusted-wire", key, v2));
    Article updated = w.articles().find(new ArticleId(articleId)).orElseThrow();
    assertThat(updated.headline()).isEqualTo("Trusted story, updated");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(w.routing().recent(rule.id(), 10)).hasSize(2);
    assertThat(w.incomingDesk().preview(item.id()).orElseThrow().uses()).hasSize(2);
    assertThat(app.get(org.dateline.article.ArticlePaths.byId(articleId)).statusCode())
        .isLessThan(400);
  }

  @Test
  void a_trusted_providers_rule_to_an_edition_publishes_into_that_edition() {
    String key = pushProvider("trusted-korean-desk");
    w.incoming().trust("trusted-korean-desk", true);
    w.routing()
        .add(
            new RuleForm(
                "The trusted wire to the Korean edition",
                "trusted-korean-desk",
                "any",
                "",
                "",
                "",
                "",
                "publish",
                "ko",
                "",
                "",
                true),
            editor);

    // An item in English, routed to the Korean edition
    assertThat(
            push(
                    app,
                    "trusted-korean-desk",
                    key,
                    ninjs("urn:tk:1", 1, "usable", "en", 3, "Busan port volumes rise", "Economy"))
                .statusCode())
        .isEqualTo(200);

    DeskItem item = onDesk("trusted-korean-desk", "urn:tk:1");
    ItemUse use = w.incomingDesk().preview(item.id()).orElseThrow().uses().get(0);
    assertThat(use.edition()).isEqualTo("ko");
    Article a = w.articles().find(new ArticleId(use.articleId().orElseThrow())).orElseThrow();
    assertThat(a.edition()).isEqualTo("ko");
    assertThat(app.get("/ko/article/" + a.id().value() + "/" + a.slug()).statusCode())
        .isEqualTo(200);
  }

  static void parallel(int n, Callable<HttpResponse<String>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(call);
      }
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
