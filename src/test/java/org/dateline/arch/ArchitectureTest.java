package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of STYLE.md and decision 0018, enforced on the real code. Each rule is
 * derived from the packages ({@link Modules}), not from lists of classes, and {@code RulesBiteTest}
 * proves each one fails on a deliberately broken code base.
 */
class ArchitectureTest {
  static final Path MIGRATIONS = Path.of("src", "main", "resources", "db");
  static final Path TEMPLATES = Path.of("src", "main", "jte");
  static Modules code;

  @BeforeAll
  static void load() {
    code =
        Modules.of(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dateline"),
            "org.dateline");
  }

  @Test
  void the_features_are_read_from_the_packages() {
    assertThat(code.features)
        .contains(
            "org.dateline.article",
            "org.dateline.feedback",
            "org.dateline.section",
            "org.dateline.newsroom.auth",
            "org.dateline.newsroom.workflow",
            "org.dateline.newsroom.editor")
        .doesNotContain(
            "org.dateline.newsroom",
            "org.dateline.web",
            "org.dateline.storage",
            "org.dateline.shared",
            "org.dateline.cli");
  }

  @Test
  void features_use_no_web_or_template_types() {
    assertThat(Boundaries.featuresUseNoWebTypes(code)).isEmpty();
  }

  @Test
  void only_the_web_package_uses_javalin_jetty_servlets_or_jte() {
    assertThat(Boundaries.onlyWebUsesTheWebFramework(code)).isEmpty();
  }

  @Test
  void only_jdbi_adapters_and_storage_touch_sql_jdbc_or_jdbi() {
    assertThat(Boundaries.sqlOnlyInAdaptersAndStorage(code)).isEmpty();
  }

  @Test
  void only_a_features_facade_and_adapter_touch_its_repository_ports() {
    assertThat(code.portsOf("org.dateline.article")).isNotEmpty();
    assertThat(Boundaries.portsOnlyInTheirFeature(code)).isEmpty();
  }

  @Test
  void only_the_composition_root_and_the_feature_itself_reach_a_jdbi_adapter() {
    assertThat(Boundaries.adaptersReachedOnlyByTheCompositionRoot(code)).isEmpty();
  }

  @Test
  void adapters_are_package_private_behind_one_entry_that_hands_out_ports() {
    assertThat(Boundaries.adaptersHideBehindOneEntry(code)).isEmpty();
  }

  @Test
  void every_table_has_one_owner_and_other_features_only_read_declared_read_models() {
    assertThat(TableOwnership.tables(MIGRATIONS)).contains("articles", "sections", "users");
    assertThat(Boundaries.tablesOfTheirOwner(code, MIGRATIONS)).isEmpty();
  }

  @Test
  void features_do_not_depend_on_each_other_in_cycles_also_inside_the_newsroom() {
    assertThat(Boundaries.noCyclesBetweenFeatures(code)).isEmpty();
  }

  @Test
  void the_shared_package_depends_on_no_feature() {
    assertThat(Boundaries.sharedDependsOnNoFeature(code)).isEmpty();
  }

  @Test
  void repositories_are_ports_in_their_feature() {
    assertThat(Boundaries.repositoriesArePortsOfAFeature(code)).isEmpty();
  }

  @Test
  void only_the_sanitizer_makes_safe_html() {
    assertThat(Boundaries.safeHtmlOnlyFromTheSanitizer(code)).isEmpty();
  }

  @Test
  void every_unsafe_template_output_prints_safe_html() {
    UnsafeOutputs.Scan scan = Boundaries.unsafeOutputsPrintSafeHtml(code, TEMPLATES);

    assertThat(scan.outputs())
        .as("the $unsafe outputs found (partial/body.jte has one)")
        .isPositive();
    assertThat(scan.violations()).isEmpty();
  }

  @Test
  void web_code_catches_no_parse_exception_and_no_feature_refusal_outside_params() {
    assertThat(WebCatches.webCatchesNoRefusals(code)).isEmpty();
  }

  @Test
  void the_wire_formats_are_pure_functions_of_a_story_with_no_store_no_facade_and_no_web() {
    List<String> details =
        noClasses()
            .that()
            .resideInAPackage("org.dateline.distribution..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.dateline.web..",
                "org.dateline.storage..",
                "org.dateline.changelog..",
                "org.dateline.newsroom..",
                "..jdbi..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(org.dateline.article.Articles.class, org.dateline.section.Sections.class)
            .evaluate(code.classes)
            .getFailureReport()
            .getDetails();
    assertThat(details).isEmpty();
  }
}
