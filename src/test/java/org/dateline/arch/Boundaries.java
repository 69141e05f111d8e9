package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The package boundaries of STYLE.md and decision 0018 as rules over any code base shaped like
 * Dateline ({@link Modules}): the real one, and the deliberately broken one under {@code
 * org.dateline.archfixture} that proves each rule bites. Each rule answers its violations, one line
 * each.
 */
final class Boundaries {
  static final String[] DATABASE = {
    "java.sql..", "javax.sql..", "org.jdbi..", "org.sqlite..", "com.zaxxer..", "org.flywaydb.."
  };
  static final String[] WEB_FRAMEWORK = {
    "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "gg.jte.."
  };

  private Boundaries() {}

  /** Features (their domain and their adapters) use no web or template type, nor {@code web}. */
  static List<String> featuresUseNoWebTypes(Modules m) {
    String[] targets =
        Stream.concat(Stream.of(WEB_FRAMEWORK), Stream.of(m.web() + "..")).toArray(String[]::new);
    return evaluate(
        noClasses()
            .that()
            .resideInAnyPackage(everything(m.features))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(targets),
        m);
  }

  /** Only {@code web} touches Javalin, Jetty, servlets or JTE. */
  static List<String> onlyWebUsesTheWebFramework(Modules m) {
    return evaluate(
        noClasses()
            .that()
            .resideOutsideOfPackage(m.web() + "..")
            .and()
            .resideInAPackage(m.root + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WEB_FRAMEWORK),
        m);
  }

  /** No SQL, JDBC, Jdbi, pool or migration types outside the {@code jdbi} adapters and storage. */
  static List<String> sqlOnlyInAdaptersAndStorage(Modules m) {
    List<String> allowed = new ArrayList<>();
    allowed.add(m.storage() + "..");
    m.features.forEach(f -> allowed.add(m.adapterOf(f) + ".."));
    return evaluate(
        noClasses()
            .that()
            .resideInAPackage(m.root + "..")
            .and()
            .resideOutsideOfPackages(allowed.toArray(String[]::new))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DATABASE),
        m);
  }

  /**
   * A feature's repository ports (interfaces its adapter implements) are used only by the feature's
   * own package (its facade), its adapter, and the composition root that wires them ({@link
   * Modules#inCompositionRoot}).
   */
  static List<String> portsOnlyInTheirFeature(Modules m) {
    List<String> out = new ArrayList<>();
    for (String f : m.features) {
      Set<JavaClass> ports = m.portsOf(f);
      for (JavaClass c : m.classes) {
        String p = c.getPackageName();
        if (!m.ours(c)
            || m.inCompositionRoot(c)
            || p.equals(f)
            || p.equals(m.adapterOf(f))
            || p.startsWith(m.adapterOf(f) + ".")) {
          continue;
        }
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          if (ports.contains(d.getTargetClass().getBaseComponentType())) {
            out.add(d.getDescription());
          }
        }
      }
    }
    return out;
  }

  /**
   * In a {@code jdbi} adapter one class is public, its entry: no public constructor, only static
   * methods that return the feature's ports. Everything else is package-private.
   */
  static List<String> adaptersHideBehindOneEntry(Modules m) {
    List<String> out = new ArrayList<>();
    for (String f : m.features) {
      Set<JavaClass> ports = m.portsOf(f);
      List<JavaClass> entries = new ArrayList<>();
      for (JavaClass c : m.classes) {
        if (!c.getPackageName().equals(m.adapterOf(f))
            || !c.isTopLevelClass()
            || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        List<String> why = new ArrayList<>();
        for (JavaConstructor k : c.getConstructors()) {
          if (k.getModifiers().contains(JavaModifier.PUBLIC)) {
            why.add("a public constructor");
          }
        }
        for (JavaMethod method : c.getMethods()) {
          if (method.getModifiers().contains(JavaModifier.PUBLIC)
              && (!method.getModifiers().contains(JavaModifier.STATIC)
                  || !ports.contains(method.getRawReturnType()))) {
            why.add("public " + method.getName() + "() that is not a static factory of a port");
          }
        }
        if (why.isEmpty()) {
          entries.add(c);
        } else {
          out.add(
              c.getName()
                  + " is public with "
                  + String.join(", ", why)
                  + ": only the adapter's entry is public, and it hands out ports");
        }
      }
      if (entries.size() > 1) {
        out.add(
            m.adapterOf(f)
                + " has "
                + entries.size()
                + " public entries "
                + entries.stream().map(JavaClass::getSimpleName).toList()
                + ": one is enough");
      }
    }
    return out;
  }

  /**
   * A feature's {@code jdbi} adapter is reached only by the feature itself and the composition root
   * ({@code Wiring} and its package-private builders beside it), which wires it: never by web,
   * another feature, the command line or another class of the root package.
   */
  static List<String> adaptersReachedOnlyByTheCompositionRoot(Modules m) {
    List<String> out = new ArrayList<>();
    for (String f : m.features) {
      String adapter = m.adapterOf(f);
      for (JavaClass c : m.classes) {
        String p = c.getPackageName();
        if (!m.ours(c) || m.inCompositionRoot(c) || p.equals(f) || p.startsWith(f + ".")) {
          continue;
        }
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getBaseComponentType().getPackageName();
          if (target.equals(adapter) || target.startsWith(adapter + ".")) {
            out.add(d.getDescription());
          }
        }
      }
    }
    return out;
  }

  /** See {@link TableOwnership}. */
  static List<String> tablesOfTheirOwner(Modules m, Path migrations) {
    return TableOwnership.violations(m, migrations);
  }

  /** No cycle between features, also between the features grouped in one package (newsroom). */
  static List<String> noCyclesBetweenFeatures(Modules m) {
    SliceAssignment byFeature =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith(m.root + ".")) {
              return SliceIdentifier.ignore();
            }
            Optional<String> f = m.featureOf(p);
            return SliceIdentifier.of(f.map(m::relative).orElse(m.relative(p).split("\\.", 2)[0]));
          }

          @Override
          public String getDescription() {
            return "the features of " + m.root;
          }
        };
    return evaluate(slices().assignedFrom(byFeature).should().beFreeOfCycles(), m);
  }

  /** {@code shared} depends on no feature, nor on web, storage or the command line. */
  static List<String> sharedDependsOnNoFeature(Modules m) {
    List<String> targets = new ArrayList<>(List.of(everything(m.features)));
    targets.addAll(List.of(m.web() + "..", m.storage() + "..", m.cli() + ".."));
    return evaluate(
        noClasses()
            .that()
            .resideInAPackage(m.shared() + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(targets.toArray(String[]::new)),
        m);
  }

  /** Interfaces named *Repository are ports in a feature's own package. */
  static List<String> repositoriesArePortsOfAFeature(Modules m) {
    return evaluate(
        classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .and()
            .areInterfaces()
            .and()
            .resideInAPackage(m.root + "..")
            .should()
            .resideInAnyPackage(m.features.toArray(String[]::new)),
        m);
  }

  /**
   * {@code shared.SafeHtml} is final, has no public way to be made, and only the sanitizer {@code
   * shared.Html} makes one.
   */
  static List<String> safeHtmlOnlyFromTheSanitizer(Modules m) {
    String safe = m.shared() + ".SafeHtml";
    String sanitizer = m.shared() + ".Html";
    if (!m.classes.contain(safe) || !m.classes.contain(sanitizer)) {
      return List.of("there is no " + safe + " made by " + sanitizer);
    }
    List<String> out = new ArrayList<>();
    JavaClass type = m.classes.get(safe);
    if (!type.getModifiers().contains(JavaModifier.FINAL)) {
      out.add(safe + " is not final");
    }
    for (JavaConstructor k : type.getConstructors()) {
      if (k.getModifiers().contains(JavaModifier.PUBLIC)
          || k.getModifiers().contains(JavaModifier.PROTECTED)) {
        out.add(k.getFullName() + " is not package-private or private");
      }
    }
    for (JavaMethod method : type.getMethods()) {
      if (method.getModifiers().contains(JavaModifier.STATIC)
          && method.getRawReturnType().getName().equals(safe)) {
        out.add(method.getFullName() + " makes one without the sanitizer");
      }
    }
    for (JavaClass c : m.classes) {
      if (c.getName().equals(safe) || c.getName().equals(sanitizer)) {
        continue;
      }
      List<JavaAccess<?>> made = new ArrayList<>(c.getConstructorCallsFromSelf());
      made.addAll(c.getConstructorReferencesFromSelf());
      for (JavaAccess<?> access : made) {
        AccessTarget target = access.getTarget();
        if (target.getOwner().getName().equals(safe)) {
          out.add(access.getDescription());
        }
      }
    }
    return out;
  }

  /** See {@link UnsafeOutputs}. */
  static UnsafeOutputs.Scan unsafeOutputsPrintSafeHtml(Modules m, Path templates) {
    return UnsafeOutputs.scan(templates, m.shared() + ".SafeHtml");
  }

  private static String[] everything(List<String> packages) {
    return packages.stream().map(p -> p + "..").toArray(String[]::new);
  }

  private static List<String> evaluate(ArchRule rule, Modules m) {
    return rule.evaluate(m.classes).getFailureReport().getDetails();
  }
}
