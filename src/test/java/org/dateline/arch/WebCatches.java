package org.dateline.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Handlers use no try/catch for flow (STYLE.md, decision 0066): no code in the web package catches
 * a parse exception ({@link IllegalArgumentException}, {@link NumberFormatException}, {@link
 * java.time.DateTimeException} and their subtypes) or a feature's own refusal (an exception
 * declared in the code base outside the web package), except {@code web.Params}, the one reader of
 * typed values. ArchUnit sees the catch clauses themselves ({@link TryCatchBlock}), so the rule
 * checks what is written, not a proxy for it. Catching I/O, JSON, interruption or the web's own
 * BadRequest at a boundary stays allowed.
 */
final class WebCatches {
  private WebCatches() {}

  static List<String> webCatchesNoRefusals(Modules m) {
    String web = m.root + ".web";
    String params = web + ".Params";
    List<String> out = new ArrayList<>();
    for (JavaClass c : m.classes) {
      if (!inPackage(c.getPackageName(), web) || c.getName().equals(params)) {
        continue;
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        for (TryCatchBlock block : unit.getTryCatchBlocks()) {
          for (JavaClass caught : block.getCaughtThrowables()) {
            if (isRefusal(caught, m.root, web)) {
              out.add(
                  unit.getFullName()
                      + " catches "
                      + caught.getName()
                      + " "
                      + block.getSourceCodeLocation());
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean isRefusal(JavaClass caught, String root, String web) {
    if (inPackage(caught.getPackageName(), root)) {
      return !inPackage(caught.getPackageName(), web);
    }
    // The JDK's exceptions are not imported with the code, so their hierarchy is read from the JVM.
    return jdkSubtypeOf(caught, IllegalArgumentException.class)
        || jdkSubtypeOf(caught, java.time.DateTimeException.class);
  }

  private static boolean jdkSubtypeOf(JavaClass caught, Class<?> type) {
    if (caught.isAssignableTo(type)) {
      return true;
    }
    try {
      return type.isAssignableFrom(
          Class.forName(caught.getName(), false, WebCatches.class.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static boolean inPackage(String name, String pkg) {
    return name.equals(pkg) || name.startsWith(pkg + ".");
  }
}
