package org.dateline.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link InjectionScan} for newsroom pages: the same scan, its allow-lists widened by what the
 * newsroom templates write (tables, form controls, the diff's {@code del} and {@code ins}, the
 * dashboard's SVG charts, the editor script), and story text in the text-only metas (a headline may
 * read "javascript:..."; a description is no address). Only findings those templates explain are
 * dropped; event handlers, dangerous URLs, foreign scripts and verbatim payloads always count.
 */
public final class NewsroomScan {
  /** Elements the newsroom templates write that the public ones do not. */
  private static final Set<String> ELEMENTS =
      Set.of(
          "table",
          "caption",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "select",
          "option",
          "fieldset",
          "legend",
          "small",
          "dl",
          "dt",
          "dd",
          "del",
          "ins",
          "code",
          // The dashboard's chart (the <svg> itself only with the chart's class, below).
          "desc",
          "line",
          "rect",
          "text");

  /** Attributes the newsroom templates write that the public ones do not. */
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "value",
          "selected",
          "disabled",
          "checked",
          "min",
          "max",
          "maxlength",
          "minlength",
          "placeholder",
          "formaction",
          "scope",
          "target",
          "data-autosave",
          "data-upload",
          "data-editor",
          "aria-live",
          // The story form's workflow fields (decision 0039).
          "inputmode",
          "data-required-for",
          "aria-invalid",
          // The editor's presence line (decision 0036) and the desk's bulk checkboxes.
          "data-presence",
          "data-leave",
          "form",
          // The editor's address, search and sharing fields (decision 0080).
          "data-sharing",
          "data-links",
          "data-site",
          "data-address",
          "data-automatic-slug",
          "data-title-shown",
          "data-description-shown",
          "data-max-related",
          "data-previews",
          "spellcheck",
          // The editions page's prefix field (decision 0079): a pattern the browser checks.
          "pattern",
          "viewbox",
          "x",
          "y",
          "x1",
          "x2",
          "y1",
          "y2",
          "text-anchor");

  /**
   * Metas whose content is story text (a headline may read "javascript:..."), never an address a
   * browser follows.
   */
  private static final Pattern TEXT_META =
      Pattern.compile(
          "^dangerous URL in content on <meta>: <meta (name=\"description\"|property=\"og:(title|description)\"|name=\"twitter:(title|description)\") content=\"[^\"]*\">$");

  private static final Pattern EDITOR_SCRIPT =
      Pattern.compile(
          "<script type=\"module\" src=\"/static/js/editor\\.[0-9a-f]{10}/main\\.js\"></script>"
              + "|<script src=\"/static/js/presence\\.[0-9a-f]+\\.js\" defer(=\"\")?></script>");
  private static final Pattern ELEMENT =
      Pattern.compile("^element <([a-z0-9:-]+)> (.*)$", Pattern.DOTALL);

  private NewsroomScan() {}

  /**
   * What looks injected in a newsroom page, one line each; empty for a clean page. Not remembered
   * as the public scan is: newsroom pages seldom repeat (each carries its payload, counts and
   * presence), and big pages held for nothing cost the collector (decision 0097).
   */
  public static List<String> findings(String html) {
    return InjectionScan.findings(html, ELEMENTS, ATTRIBUTES).stream()
        .filter(f -> !explained(f))
        .toList();
  }

  /**
   * As {@link #findings(String)}, and the payload must not appear verbatim when it holds markup.
   */
  public static List<String> findings(String html, String payload) {
    return findings(html, List.of(payload));
  }

  /** As {@link #findings(String, String)} for a page that carries several payloads. */
  public static List<String> findings(String html, Collection<String> payloads) {
    List<String> out = new ArrayList<>(findings(html));
    out.addAll(InjectionScan.verbatim(html, payloads));
    return out;
  }

  /**
   * {@link InjectionScan#inBrowser} on a newsroom page: its editor script and chart are its own.
   */
  public static List<String> inBrowser(Browser browser, String where) {
    return InjectionScan.inBrowser(browser, where).stream()
        .filter(f -> !explainedInBrowser(f.substring(where.length() + 2)))
        .toList();
  }

  private static boolean explained(String finding) {
    // The newsroom's own elements and attributes are allowed by the scan itself.
    var element = ELEMENT.matcher(finding);
    if (element.matches()) {
      return element.group(1).equals("svg")
          && element.group(2).startsWith("<svg class=\"chart-svg\"");
    }
    if (TEXT_META.matcher(finding).matches()) {
      return true;
    }
    if (finding.startsWith("script that is not the site's own: ")) {
      return EDITOR_SCRIPT
          .matcher(finding.substring("script that is not the site's own: ".length()))
          .matches();
    }
    return false;
  }

  private static boolean explainedInBrowser(String finding) {
    if (finding.startsWith("foreign script: ")) {
      return EDITOR_SCRIPT.matcher(finding.substring("foreign script: ".length())).matches();
    }
    return finding.startsWith("element <svg>: <svg class=\"chart-svg\"");
  }
}
