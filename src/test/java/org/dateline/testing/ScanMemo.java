package org.dateline.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The findings of the pages scanned last, by their exact text: the hostile-input gates fetch the
 * same page again and again (a home page whose headers carried a payload it ignored, a 404 that
 * does not echo the path), and a scan's findings depend on the page's text alone. Bounded, least
 * recently used first out; safe for the test classes that run at once. Used by the public scan
 * ({@link InjectionScan}) only (decision 0097).
 */
final class ScanMemo {
  private static final int REMEMBERED = 128;

  private final Map<String, List<String>> scanned =
      new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** The findings remembered for {@code html}, else those {@code scan} gives (then remembered). */
  List<String> findings(String html, Supplier<List<String>> scan) {
    synchronized (scanned) {
      List<String> known = scanned.get(html);
      if (known != null) {
        return known;
      }
    }
    List<String> found = List.copyOf(scan.get());
    synchronized (scanned) {
      scanned.put(html, found);
    }
    return found;
  }
}
