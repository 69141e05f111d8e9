package org.dateline.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a code base under its root package, read from its classes rather than listed by
 * hand: a feature is a direct subpackage of the root other than {@code web}, {@code storage},
 * {@code shared} and {@code cli}; a package that holds no class of its own (only subpackages, like
 * {@code newsroom}) is a group, and its subpackages are the features. A feature's own package holds
 * its domain types, facade and ports; its {@code jdbi} subpackage is its persistence adapter.
 */
final class Modules {
  static final Set<String> NOT_FEATURES = Set.of("web", "storage", "shared", "cli");
  static final String ADAPTER = "jdbi";
  static final String WIRING = "Wiring";

  final JavaClasses classes;
  final String root;
  final List<String> features;
  private final Set<String> packages;
  private final Set<String> compositionRoot;

  private Modules(JavaClasses classes, String root) {
    this.classes = classes;
    this.root = root;
    this.packages = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!c.getSimpleName().equals("package-info") && c.getPackageName().startsWith(root)) {
        packages.add(c.getPackageName());
      }
    }
    List<String> found = new ArrayList<>();
    for (String child : children(root)) {
      if (!NOT_FEATURES.contains(child.substring(root.length() + 1))) {
        collect(child, found);
      }
    }
    this.features = List.copyOf(found);
    this.compositionRoot = compositionRoot(classes, root);
    if (features.isEmpty()) {
      throw new IllegalStateException("no feature found under " + root);
    }
  }

  static Modules of(JavaClasses classes, String root) {
    return new Modules(classes, root);
  }

  private void collect(String pkg, List<String> found) {
    if (packages.contains(pkg)) {
      found.add(pkg);
    } else {
      for (String child : children(pkg)) {
        collect(child, found);
      }
    }
  }

  /** The direct subpackages of {@code pkg} that hold classes somewhere below them. */
  private Set<String> children(String pkg) {
    Set<String> out = new TreeSet<>();
    for (String p : packages) {
      if (p.startsWith(pkg + ".")) {
        String rest = p.substring(pkg.length() + 1);
        int dot = rest.indexOf('.');
        out.add(pkg + "." + (dot < 0 ? rest : rest.substring(0, dot)));
      }
    }
    return out;
  }

  /**
   * The composition root (decision 0100): the root package's {@code Wiring}, and the root package's
   * package-private classes it builds its parts with, directly or through one another. Not the rest
   * of the root package: a public class there (the command line's {@code App}, {@code Config},
   * {@code ConfigLoader}) wires nothing.
   */
  private static Set<String> compositionRoot(JavaClasses classes, String root) {
    Set<String> found = new TreeSet<>();
    List<JavaClass> next = new ArrayList<>();
    classes.stream().filter(c -> c.getName().equals(root + "." + WIRING)).forEach(next::add);
    while (!next.isEmpty()) {
      JavaClass c = next.remove(next.size() - 1);
      if (!found.add(c.getName())) {
        continue;
      }
      for (var d : c.getDirectDependenciesFromSelf()) {
        JavaClass t = d.getTargetClass().getBaseComponentType();
        if (t.getPackageName().equals(root)
            && t.isTopLevelClass()
            && !t.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
            && !found.contains(t.getName())) {
          next.add(t);
        }
      }
    }
    return found;
  }

  /** Whether a class (or a class nested in it) belongs to the composition root. */
  boolean inCompositionRoot(JavaClass c) {
    return compositionRoot.contains(c.getName().split("\\$", 2)[0]);
  }

  /** Whether a class is of this code base (the root package or below it). */
  boolean ours(JavaClass c) {
    String p = c.getPackageName();
    return p.equals(root) || p.startsWith(root + ".");
  }

  /** The feature a package belongs to (its own package or one below it). */
  Optional<String> featureOf(String pkg) {
    return features.stream()
        .filter(f -> pkg.equals(f) || pkg.startsWith(f + "."))
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  /** A package's name below the root: {@code newsroom.workflow}. */
  String relative(String pkg) {
    return pkg.equals(root) ? "" : pkg.substring(root.length() + 1);
  }

  String adapterOf(String feature) {
    return feature + "." + ADAPTER;
  }

  boolean hasPackage(String pkg) {
    return packages.contains(pkg);
  }

  String web() {
    return root + ".web";
  }

  String storage() {
    return root + ".storage";
  }

  String shared() {
    return root + ".shared";
  }

  String cli() {
    return root + ".cli";
  }

  /** The feature's ports: interfaces in its own package that a class of its adapter implements. */
  Set<JavaClass> portsOf(String feature) {
    Set<JavaClass> ports = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    for (JavaClass c : classes) {
      if (c.getPackageName().equals(adapterOf(feature))) {
        for (JavaClass i : c.getRawInterfaces()) {
          if (i.getPackageName().equals(feature)) {
            ports.add(i);
          }
        }
      }
    }
    return ports;
  }
}
