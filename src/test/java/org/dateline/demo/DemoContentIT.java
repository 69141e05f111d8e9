package org.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dateline.Wiring;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoContentIT {
  @TempDir Path data;

  private static long count(Wiring w, String sql) {
    Long n = w.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    return n;
  }

  @Test
  void
      the_demo_holds_the_seed_and_at_least_30_sample_stories_in_5_sections_with_photos_bylines_and_tags() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      var loaded = w.demo().load();

      assertThat(loaded.created()).isGreaterThanOrEqualTo(31);
      assertThat(count(w, "SELECT COUNT(*) FROM articles WHERE state = 'published'"))
          .isEqualTo(loaded.total());
      assertThat(
              count(
                  w,
                  "SELECT COUNT(*) FROM articles WHERE source_key = 'file:000_ef32f6ee3629e817'"))
          .isEqualTo(1);
      assertThat(
              count(
                  w,
                  "SELECT COUNT(DISTINCT section_id) FROM articles WHERE section_id IS NOT NULL"))
          .isGreaterThanOrEqualTo(5);
      assertThat(count(w, "SELECT COUNT(*) FROM articles WHERE lead_photo IS NOT NULL"))
          .isGreaterThanOrEqualTo(5);
      assertThat(count(w, "SELECT COUNT(*) FROM authors")).isGreaterThanOrEqualTo(4);
      assertThat(count(w, "SELECT COUNT(*) FROM tags")).isGreaterThanOrEqualTo(10);
      assertThat(count(w, "SELECT COUNT(*) FROM article_tags")).isGreaterThanOrEqualTo(60);

      List<Map<String, Object>> photos =
          w.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT lead_photo FROM articles WHERE lead_photo IS NOT NULL")
                          .mapToMap()
                          .list());
      for (var row : photos) {
        String json = (String) row.get("lead_photo");
        assertThat(json)
            .contains("\"alt\":\"")
            .doesNotContain("\"alt\":\"\"")
            .contains("\"caption\":\"");
        String src = json.replaceAll(".*\"src\":\"/media/([^\"]+)\".*", "$1");
        assertThat(Files.isRegularFile(data.resolve("media").resolve(src))).as(src).isTrue();
      }
    }
  }

  @Test
  void loading_the_demo_twice_changes_nothing() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      var first = w.demo().load();
      long changes = count(w, "SELECT COUNT(*) FROM change_log");
      var second = w.demo().load();

      assertThat(second.created()).isZero();
      assertThat(second.updated()).isZero();
      assertThat(second.unchanged()).isEqualTo(first.total());
      assertThat(count(w, "SELECT COUNT(*) FROM change_log")).isEqualTo(changes);
      assertThat(count(w, "SELECT COUNT(*) FROM articles")).isEqualTo(first.total());
    }
  }

  @Test
  void generating_appends_stories_in_batches_each_with_its_change_log_entry() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      // Given
      w.demo().load();
      long logged = count(w, "SELECT COUNT(*) FROM change_log");

      // When
      List<String> statements;
      try (SqlCapture sql = SqlCapture.of(w.database().jdbi())) {
        w.demo().generate(2000);
        statements = sql.statements();
      }

      // Then: a few multi-row statements per batch, not a look-up and inserts per story
      assertThat(statements.size()).isLessThan(2000 / 4);
      assertThat(count(w, "SELECT COUNT(*) FROM articles WHERE source_key LIKE 'generated:%'"))
          .isEqualTo(2000);
      // every story has its change-log entry, with the cache keys it touches
      assertThat(count(w, "SELECT COUNT(*) FROM change_log")).isEqualTo(logged + 2000);
      assertThat(
              count(
                  w,
                  """
                  SELECT COUNT(*) FROM change_log c JOIN articles a ON a.id = c.article_id
                  WHERE a.source_key LIKE 'generated:%' AND c.action = 'published' AND c.version = 1
                    AND c.cache_keys LIKE '%article:' || a.id || '%' AND c.cache_keys LIKE '%list:news%'
                  """))
          .isEqualTo(2000);
      // and its sample's bylines, topics and section
      var first = w.articles().bySourceKey("generated:1").orElseThrow();
      assertThat(first.headline()).endsWith(" (1)");
      assertThat(first.authors()).isNotEmpty();
      assertThat(first.tags()).isNotEmpty();
      assertThat(first.section()).isPresent();
      assertThat(
              count(
                  w,
                  """
                  SELECT COUNT(*) FROM articles a WHERE a.source_key LIKE 'generated:%'
                  AND NOT EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id)
                  """))
          .isZero();

      // When it runs again: nothing new; with a larger count: the rest, numbered on
      w.demo().generate(2000);
      assertThat(count(w, "SELECT COUNT(*) FROM articles WHERE source_key LIKE 'generated:%'"))
          .isEqualTo(2000);
      w.demo().generate(2050);
      assertThat(count(w, "SELECT COUNT(*) FROM articles WHERE source_key LIKE 'generated:%'"))
          .isEqualTo(2050);
      assertThat(w.articles().bySourceKey("generated:2050")).isPresent();
      assertThat(count(w, "SELECT COUNT(*) FROM change_log")).isEqualTo(logged + 2050);
    }
  }

  @Test
  void the_demo_has_one_account_per_role_with_fresh_passwords_and_a_desk_with_stories() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      var first = new DemoUsers(w.users()).ensure();
      assertThat(first)
          .extracting(c -> c.role())
          .containsExactly(org.dateline.newsroom.auth.Role.values());
      for (var c : first) {
        assertThat(w.users().login(c.email(), c.password(), "test").user().role())
            .isEqualTo(c.role());
      }
      var second = new DemoUsers(w.users()).ensure();
      assertThat(second.get(0).password()).isNotEqualTo(first.get(0).password());
      assertThatThrownBy(
              () -> w.users().login(first.get(0).email(), first.get(0).password(), "test"))
          .isInstanceOf(org.dateline.newsroom.auth.AuthFailed.class);

      var newsroom = new DemoNewsroom(w.users(), w.stories(), w.workflow(), Clock.systemUTC());
      newsroom.ensure();
      newsroom.ensure();
      var counts = w.stories().countsByStage();
      assertThat(counts.get(org.dateline.newsroom.workflow.Stage.DRAFT)).isEqualTo(1);
      assertThat(counts.get(org.dateline.newsroom.workflow.Stage.SUBMITTED)).isEqualTo(1);
      assertThat(counts.get(org.dateline.newsroom.workflow.Stage.SCHEDULED)).isEqualTo(1);
    }
  }

  @Test
  void the_demo_ships_stories_in_several_editions_that_readers_switch_between() {
    try (var app = org.dateline.testing.TestApp.start(data, true)) {
      Wiring w = app.wiring();
      w.demo().loadEditions();
      new DemoUsers(w.users()).ensure();
      var editor = w.users().byEmail("editor@dateline.test").orElseThrow();
      var demo =
          new DemoTranslations(
              w.stories(), w.translations(), w.workflow(), w.sections(), w.editions());

      // When: made twice (a second start of the demo)
      int published = demo.ensure(editor);
      assertThat(demo.ensure(editor)).isZero();

      // Then: two groups, the English story in six editions and a Korean one with its English
      // version, each a newsroom story in one translation group, translated from the original
      assertThat(published).isEqualTo(8);
      List<Map<String, Object>> rows =
          w.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              """
                              SELECT s.id, s.edition, s.translation_group AS grp,
                                s.translated_from AS source, a.id AS article, a.slug, a.state
                              FROM stories s JOIN articles a ON a.id = s.article_id
                              WHERE s.translation_group IS NOT NULL ORDER BY s.id
                              """)
                          .mapToMap()
                          .list());
      assertThat(rows).hasSize(8);
      assertThat(rows).extracting(r -> r.get("state")).containsOnly("published");
      assertThat(rows.stream().map(r -> r.get("grp")).distinct()).hasSize(2);
      var english = rows.get(0);
      assertThat(english.get("edition")).isEqualTo("en");
      assertThat(english.get("source")).isNull();
      assertThat(rows.subList(1, 6))
          .extracting(r -> r.get("edition"))
          .containsExactlyInAnyOrder("ko", "ja", "zh-Hans", "ar", "es");
      assertThat(rows.subList(1, 6))
          .extracting(r -> ((Number) r.get("source")).longValue())
          .containsOnly(((Number) english.get("id")).longValue());
      assertThat(rows.get(6).get("edition")).isEqualTo("ko");
      assertThat(rows.get(7).get("edition")).isEqualTo("en");

      // The English page has the switcher, naming each language in itself, and hreflang
      // alternates that every other version lists back.
      Map<String, String> paths = new java.util.LinkedHashMap<>();
      for (var r : rows.subList(0, 6)) {
        var edition = w.editions().byCode((String) r.get("edition")).orElseThrow();
        paths.put(
            edition.code(),
            edition.root()
                + "/article/"
                + r.get("article")
                + "/"
                + org.dateline.shared.Slugs.inPath((String) r.get("slug")));
      }
      var page = org.jsoup.Jsoup.parse(app.get(paths.get("en")).body());
      assertThat(page.select("nav.translations a"))
          .extracting(org.jsoup.nodes.Element::text)
          .containsExactly("한국어", "日本語", "中文", "العربية", "Español");
      String self = page.selectFirst("head link[rel=alternate][hreflang=en]").attr("href");
      assertThat(self).endsWith(paths.get("en"));
      for (var code : List.of("ko", "ja", "zh-Hans", "ar", "es")) {
        var other = org.jsoup.Jsoup.parse(app.get(paths.get(code)).body());
        assertThat(other.selectFirst("html").attr("lang")).isEqualTo(code);
        assertThat(other.select("head link[rel=alternate][hreflang=en]").attr("href"))
            .as(code)
            .isEqualTo(self);
        assertThat(page.select("head link[rel=alternate][hreflang=" + code + "]").attr("href"))
            .endsWith(paths.get(code));
        assertThat(other.select("nav.translations a")).hasSize(5);
      }
      // The seed story has no translations, so no switcher
      assertThat(org.jsoup.Jsoup.parse(app.get(seedPath(w)).body()).select("nav.translations"))
          .isEmpty();
    }
  }

  private static String seedPath(Wiring w) {
    var seed = w.articles().bySourceKey("file:000_ef32f6ee3629e817").orElseThrow();
    return "/article/" + seed.id().value() + "/" + org.dateline.shared.Slugs.inPath(seed.slug());
  }

  @Test
  void the_demo_text_is_the_projects_own_copy_of_the_seed() throws Exception {
    try (var in = DemoContent.class.getClassLoader().getResourceAsStream(DemoContent.SEED)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text)
          .startsWith("Go to Contents Go to Navigation")
          .contains("By Byun Duk-kun")
          .contains("Thanks for your feedback!");
    }
  }
}
