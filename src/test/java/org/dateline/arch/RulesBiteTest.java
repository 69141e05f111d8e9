package org.dateline.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on the code base under {@code org.dateline.archfixture}, which
 * breaks it on purpose, and names exactly the classes (or tables, or templates) that break it: a
 * rule that cannot fail protects nothing. {@code ArchitectureTest} runs the same rules on the real
 * code.
 */
class RulesBiteTest {
  static final String ROOT = "org.dateline.archfixture";
  static final Path FIXTURES = Path.of("src", "test", "resources", "archfixture");
  static Modules fixture;

  @BeforeAll
  static void load() {
    fixture = Modules.of(new ClassFileImporter().importPackages(ROOT), ROOT);
  }

  @Test
  void the_fixture_features_are_read_from_its_packages_with_the_newsroom_as_a_group() {
    assertThat(fixture.features)
        .containsExactlyInAnyOrder(
            ROOT + ".article",
            ROOT + ".section",
            ROOT + ".feedback",
            ROOT + ".newsroom.auth",
            ROOT + ".newsroom.workflow");
  }

  @Test
  void domain_code_using_a_javalin_request_breaks_the_web_types_rule() {
    assertOnly(Boundaries.featuresUseNoWebTypes(fixture), "article.ArticleLink");
  }

  @Test
  void javalin_outside_web_breaks_the_framework_rule() {
    assertOnly(Boundaries.onlyWebUsesTheWebFramework(fixture), "article.ArticleLink");
  }

  @Test
  void a_web_handler_running_delete_from_articles_over_jdbc_breaks_the_sql_rule() {
    assertOnly(Boundaries.sqlOnlyInAdaptersAndStorage(fixture), "web.ArticleAdmin");
  }

  @Test
  void a_web_handler_and_another_feature_using_repository_ports_break_the_port_rule() {
    List<String> violations = Boundaries.portsOnlyInTheirFeature(fixture);

    assertOnly(violations, "web.ArticleAdmin", "feedback.Feedbacks");
    assertThat(violations)
        .anyMatch(v -> v.contains("ArticleAdmin") && v.contains("ArticleRepository"))
        .anyMatch(v -> v.contains("Feedbacks") && v.contains("SectionRepository"));
  }

  @Test
  void a_web_class_or_a_root_class_other_than_the_wiring_calling_an_adapter_breaks_its_rule() {
    // Wiring and its package-private builder StoreParts reach the adapter too: allowed.
    assertOnly(
        Boundaries.adaptersReachedOnlyByTheCompositionRoot(fixture),
        "web.TablesShortcut",
        "Launcher.");
  }

  @Test
  void a_public_adapter_class_breaks_the_package_private_rule() {
    assertOnly(
        Boundaries.adaptersHideBehindOneEntry(fixture), "article.jdbi.JdbiArticleRepository");
  }

  @Test
  void undeclared_reads_shared_writes_and_unowned_tables_break_the_table_rule() {
    List<String> violations =
        Boundaries.tablesOfTheirOwner(fixture, FIXTURES.resolve("db/migration"));

    assertThat(violations)
        .containsExactlyInAnyOrder(
            "table forgotten is written by no adapter, so no feature owns it",
            "table tags is written by [article, feedback]: one feature owns a table, the others"
                + " go through its facade",
            "feedback names table articles of article without a @ReadModel of article for it:"
                + " \"SELECT state FROM articles WHERE id = :id\"");
  }

  @Test
  void a_cycle_between_two_newsroom_features_breaks_the_cycle_rule() {
    List<String> violations = Boundaries.noCyclesBetweenFeatures(fixture);

    assertThat(violations).isNotEmpty();
    assertThat(String.join("\n", violations))
        .contains("newsroom.auth")
        .contains("newsroom.workflow")
        .doesNotContain("Slice article")
        .doesNotContain("Slice feedback");
  }

  @Test
  void shared_code_that_knows_a_feature_breaks_the_shared_rule() {
    assertOnly(Boundaries.sharedDependsOnNoFeature(fixture), "shared.Trusted");
  }

  @Test
  void a_repository_interface_outside_a_feature_breaks_the_port_placement_rule() {
    assertOnly(Boundaries.repositoriesArePortsOfAFeature(fixture), "web.ShadowRepository");
  }

  @Test
  void safe_html_made_anywhere_but_the_sanitizer_breaks_the_safe_html_rule() {
    assertOnly(Boundaries.safeHtmlOnlyFromTheSanitizer(fixture), "shared.Trusted");
  }

  @Test
  void unsafe_output_of_a_plain_string_breaks_the_template_rule() {
    UnsafeOutputs.Scan scan =
        Boundaries.unsafeOutputsPrintSafeHtml(fixture, FIXTURES.resolve("jte"));

    assertThat(scan.outputs()).isEqualTo(4);
    assertThat(scan.violations())
        .containsExactlyInAnyOrder(
            "raw-string.jte:2: $unsafe{body} prints java.lang.String, not "
                + ROOT
                + ".shared.SafeHtml.html()",
            "raw-record.jte:5: $unsafe{a.headline()} prints java.lang.String from "
                + ROOT
                + ".article.Article, not "
                + ROOT
                + ".shared.SafeHtml.html()",
            "raw-record.jte:6: $unsafe{\"<b>\" + a.section() + \"</b>\"} is not a variable"
                + " followed by calls without arguments");
  }

  /**
   * Every violation names one of the expected classes (below the fixture's root), and each expected
   * class is named: the rule found what it should and nothing else.
   */
  @Test
  void a_web_page_choosing_its_answer_by_a_caught_parse_exception_breaks_the_catch_rule() {
    List<String> violations = WebCatches.webCatchesNoRefusals(fixture);

    assertOnly(violations, "web.ArchiveDay");
    assertThat(violations)
        .anyMatch(v -> v.contains("DateTimeParseException"))
        .anyMatch(v -> v.contains("NumberFormatException"));
  }

  private static void assertOnly(List<String> violations, String... classes) {
    List<String> names = java.util.Arrays.stream(classes).map(c -> ROOT + "." + c).toList();
    violations.forEach(v -> System.out.println("found as expected: " + v));
    assertThat(violations).as("the rule found nothing in the fixture").isNotEmpty();
    for (String v : violations) {
      assertThat(names).as(v).anyMatch(v::contains);
    }
    for (String name : names) {
      assertThat(violations).as(name).anyMatch(v -> v.contains(name));
    }
  }
}
