package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core in the page a {@link Browser} shows: the WCAG 2.0 and 2.1 A and AA rules plus the
 * best-practice rules for headings and landmarks. The script is injected by WebDriver, so the
 * site's Content-Security-Policy does not block it.
 */
public final class Axe {
  /** The WCAG levels the site promises. */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * Best-practice rules the issue names too: headings in order, one main, every part in a landmark.
   */
  public static final List<String> EXTRA_RULES =
      List.of(
          "heading-order",
          "page-has-heading-one",
          "empty-heading",
          "landmark-one-main",
          "landmark-no-duplicate-main",
          "landmark-unique",
          "landmark-banner-is-top-level",
          "landmark-contentinfo-is-top-level",
          "landmark-main-is-top-level",
          "region",
          "skip-link");

  private static volatile String source;

  private Axe() {}

  /** One failed rule with the elements it failed on. */
  public record Violation(
      String rule, String impact, String help, String helpUrl, List<String> nodes) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append("  [")
          .append(impact)
          .append("] ")
          .append(rule)
          .append(": ")
          .append(help)
          .append(" (")
          .append(helpUrl)
          .append(")\n");
      for (String node : nodes) {
        b.append("      ").append(node.replace("\n", "\n      ")).append('\n');
      }
      return b.toString();
    }
  }

  /**
   * Runs the rules on the current page and returns the violations (empty when it passes). axe-core
   * is injected once per page load (a second run on the same page, say at another width, reuses it:
   * see {@link Browser#resize}).
   */
  public static List<Violation> run(Browser browser) {
    if (!Boolean.TRUE.equals(
        browser.script("return !!window.axe && typeof window.axe.run === 'function';"))) {
      browser.script(source());
    }
    Object raw =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            const rules = axe.getRules(arguments[0]).map(r => r.ruleId).concat(arguments[1]);
            axe.run(document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                rule: v.id, impact: String(v.impact), help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => n.target.join(' ') + '\\n' + n.html.slice(0, 300)
                  + '\\n' + (n.failureSummary || '').replace(/\\n/g, '; '))}))))
              .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', nodes: []}]));
            """,
            TAGS,
            EXTRA_RULES);
    List<Violation> out = new ArrayList<>();
    for (Object o : (List<?>) raw) {
      Map<?, ?> v = (Map<?, ?>) o;
      List<String> nodes = ((List<?>) v.get("nodes")).stream().map(String::valueOf).toList();
      out.add(
          new Violation(
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              (String) v.get("helpUrl"),
              nodes));
    }
    return out;
  }

  /** A readable report of violations for an assertion message. */
  public static String report(String page, List<Violation> violations) {
    StringBuilder b =
        new StringBuilder(page)
            .append(": ")
            .append(violations.size())
            .append(" axe violation(s)\n");
    violations.forEach(b::append);
    return b.toString();
  }

  private static String source() {
    String s = source;
    if (s == null) {
      try {
        s = Files.readString(NpmTools.axe());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      source = s;
    }
    return s;
  }
}
