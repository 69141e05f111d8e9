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

  final JavaClasses classes;
  final String root;
  final List<String> features;
  private final Set<String> packages;

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
