package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of STYLE.md, enforced. */
class ArchitectureTest {
  static JavaClasses classes;

  /** Feature packages whose domain code must stay free of frameworks. */
  static final String[] DOMAIN = {
    "org.dateline.article",
    "org.dateline.section",
    "org.dateline.feedback",
    "org.dateline.edition",
    "org.dateline.changelog",
    "org.dateline.ingest",
    "org.dateline.ingest.format",
    "org.dateline.shared",
    "org.dateline.curation",
    "org.dateline.newsroom.auth",
    "org.dateline.newsroom.workflow",
    "org.dateline.newsroom.editor",
    "org.dateline.newsroom.editor.format",
    "org.dateline.media",
    "org.dateline.distribution",
    "org.dateline.distribution.ninjs",
    "org.dateline.distribution.newsmlg2",
    "org.dateline.distribution.feeds",
    "org.dateline.subscriber",
    "org.dateline.wire",
    "org.dateline.delivery"
  };

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dateline");
  }

  @Test
  void domain_code_imports_no_web_database_search_or_template_framework() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..",
            "org.jdbi..",
            "org.apache.lucene..",
            "gg.jte..",
            "org.eclipse.jetty..",
            "java.sql..",
            "org.sqlite..",
            "com.zaxxer..",
            "org.flywaydb..")
        .check(classes);
  }

  @Test
  void features_do_not_depend_on_each_other_in_cycles() {
    slices().matching("org.dateline.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void no_feature_reaches_into_another_features_repository_adapter() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.dateline", "org.dateline.article..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dateline.article.jdbi..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.dateline", "org.dateline.feedback..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dateline.feedback.jdbi..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("org.dateline", "org.dateline.section..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dateline.section.jdbi..")
        .check(classes);
  }

  @Test
  void only_the_web_package_uses_javalin_and_only_adapters_and_storage_use_jdbi() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.dateline.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.javalin..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("..jdbi..", "org.dateline.storage..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jdbi..")
        .check(classes);
  }

  @Test
  void the_wire_formats_are_pure_functions_of_a_story_with_no_store_no_facade_and_no_web() {
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
        .check(classes);
  }

  @Test
  void the_shared_package_depends_on_no_feature() {
    noClasses()
        .that()
        .resideInAPackage("org.dateline.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dateline.article..",
            "org.dateline.web..",
            "org.dateline.feedback..",
            "org.dateline.section..",
            "org.dateline.ingest..",
            "org.dateline.storage..")
        .check(classes);
  }

  @Test
  void repositories_are_ports_in_their_feature() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .and()
        .areInterfaces()
        .should()
        .resideInAnyPackage(DOMAIN)
        .check(classes);
  }
}
