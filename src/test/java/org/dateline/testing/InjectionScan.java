package org.dateline.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds markup in a public page that the site's templates never write, parsed the way a browser
 * parses it: an element or attribute off the allow-list, any event handler, an inline or foreign
 * script (the article's JSON-LD data block is the site's own), a {@code javascript:}, {@code
 * vbscript:} or {@code data:} URL. A finding means text reached the page unescaped. The allow-lists
 * follow the templates; widen them with a template.
 */
public final class InjectionScan {
  private static final Set<String> ELEMENTS =
      Set.of(
          "html",
          "head",
          "body",
          "meta",
          "title",
          "link",
          "script",
          "div",
          "header",
          "nav",
          "main",
          "footer",
          "section",
          "article",
          "aside",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "p",
          "ul",
          "ol",
          "li",
          "a",
          "img",
          "span",
          "time",
          "figure",
          "figcaption",
          "blockquote",
          "details",
          "summary",
          "form",
          "label",
          "textarea",
          "input",
          "button",
          "select",
          "option",
          "mark",
          "b",
          "strong",
          "i",
          "em",
          "br");

  private static final Set<String> ATTRIBUTES =
      Set.of(
          "lang",
          "dir",
          "charset",
          "name",
          "content",
          "property",
          "rel",
          "href",
          "type",
          "src",
          "defer",
          "class",
          "id",
          "tabindex",
          "alt",
          "width",
          "height",
          "srcset",
          "sizes",
          "loading",
          "decoding",
          "datetime",
          "open",
          "method",
          "action",
          "data-feedback-form",
          "data-view",
          // The page in other languages (decision 0077): a language tag, never an address.
          "hreflang",
          "hidden",
          "for",
          "role",
          "rows",
          "required",
          "autocomplete",
          "value",
          "selected",
          "aria-label",
          "aria-labelledby",
          "aria-describedby",
          "aria-current",
          "aria-hidden");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "srcset",
          "data",
          "poster",
          "xlink:href",
          "background",
          "content");

  private static final Pattern SITE_SCRIPT = Pattern.compile("/static/js/site\\.[0-9a-f]+\\.js");
  private static final Pattern DANGEROUS_URL =
      Pattern.compile("^(javascript|vbscript|data|livescript):.*", Pattern.DOTALL);

  private static final ScanMemo SCANNED = new ScanMemo();

  private InjectionScan() {}

  /** What looks injected, one line each; empty for a clean page. */
  public static List<String> findings(String html) {
    return SCANNED.findings(html, () -> scan(html, Set.of(), Set.of()));
  }

  /**
   * As {@link #findings(String)} with the allow-lists widened by {@code moreElements} and {@code
   * moreAttributes} (lower-case names): what {@link NewsroomScan} needs. Widening here rather than
   * dropping findings afterwards saves describing every table row of a newsroom page only to drop
   * the description (decision 0097).
   */
  static List<String> findings(String html, Set<String> moreElements, Set<String> moreAttributes) {
    return scan(html, moreElements, moreAttributes);
  }

  private static List<String> scan(
      String html, Set<String> moreElements, Set<String> moreAttributes) {
    Document doc = Jsoup.parse(html);
    List<String> out = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.equals(doc)) {
        continue;
      }
      String tag = e.normalName();
      if (!ELEMENTS.contains(tag) && !moreElements.contains(tag)) {
        out.add("element <" + tag + "> " + snippet(e));
      }
      if (tag.equals("script")
          && (!SITE_SCRIPT.matcher(e.attr("src")).matches() || !e.data().isBlank())
          && !isStructuredData(e)) {
        out.add("script that is not the site's own: " + snippet(e));
      }
      if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        out.add("meta refresh: " + snippet(e));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          out.add("event handler " + name + " on <" + tag + ">: " + snippet(e));
        } else if (!ATTRIBUTES.contains(name)
            && !moreAttributes.contains(name)
            && !(tag.equals("link") && name.equals("title"))) {
          out.add("attribute " + name + " on <" + tag + ">: " + snippet(e));
        }
        if (URL_ATTRIBUTES.contains(name) && !(name.equals("content") && isTextMeta(e))) {
          String url = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
          if (DANGEROUS_URL.matcher(url).matches()
              && !(name.equals("content") && !url.startsWith("javascript"))) {
            out.add("dangerous URL in " + name + " on <" + tag + ">: " + snippet(e));
          }
        }
      }
    }
    return out;
  }

  /**
   * The payload appears as markup: verbatim when it holds {@code <} or {@code >} (escaping would
   * have turned them into entities), or as something {@link #findings} flags.
   */
  public static List<String> findings(String html, String payload) {
    return findings(html, List.of(payload));
  }

  /**
   * As {@link #findings(String, String)} for a page that carries several payloads: the page is
   * scanned once, and each payload that holds markup is looked for verbatim (and named).
   */
  public static List<String> findings(String html, Collection<String> payloads) {
    List<String> out = new ArrayList<>(findings(html));
    out.addAll(verbatim(html, payloads));
    return out;
  }

  /** The payloads that hold markup and appear verbatim in the page, one finding each. */
  static List<String> verbatim(String html, Collection<String> payloads) {
    List<String> out = new ArrayList<>();
    for (String payload : payloads) {
      if ((payload.contains("<") || payload.contains(">")) && html.contains(payload)) {
        out.add("payload verbatim in the page: " + payload);
      }
    }
    return out;
  }

  /** Meta tags whose {@code content} the site writes as text (a name, alt text), not as a URL. */
  private static final Set<String> TEXT_METAS =
      Set.of(
          "description",
          "og:site_name",
          "og:title",
          "og:description",
          "og:type",
          "og:image:alt",
          "og:image:width",
          "og:image:height",
          "article:section",
          "article:tag",
          "article:published_time",
          "article:modified_time",
          "twitter:card",
          "twitter:title",
          "twitter:description",
          "twitter:image:alt",
          "viewport",
          "theme-color");

  private static boolean isTextMeta(Element e) {
    return e.normalName().equals("meta")
        && !e.hasAttr("http-equiv")
        && (TEXT_METAS.contains(e.attr("property")) || TEXT_METAS.contains(e.attr("name")));
  }

  /**
   * The article's JSON-LD as the template writes it: a data block in the head, with no source,
   * whose text is one JSON object with no {@code <} in it (the site writes it as {@code \u003c}),
   * so nothing in it could have ended the element.
   */
  private static boolean isStructuredData(Element e) {
    if (!e.attr("type").equals("application/ld+json")
        || e.hasAttr("src")
        || e.parent() == null
        || !e.parent().normalName().equals("head")
        || e.data().contains("<")) {
      return false;
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.data()).isObject();
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return false;
    }
  }

  private static String snippet(Element e) {
    String s = e.outerHtml().replaceAll("\\s+", " ");
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  /**
   * Everything in the page the browser shows that would mean a payload ran or became markup: an
   * open dialog, what {@link #IN_BROWSER} finds, and console reports of blocked or injected script.
   * Reads (and so clears) the console. Empty when the page is clean.
   */
  public static List<String> inBrowser(Browser browser, String where) {
    List<String> out = new ArrayList<>();
    String dialog = browser.dialog();
    if (dialog != null) {
      out.add(where + ": a dialog opened: " + dialog);
    }
    for (Object finding : (List<?>) browser.script(IN_BROWSER)) {
      out.add(where + ": " + finding);
    }
    for (String line : browser.console()) {
      // A 404 or 400 is logged with its address (which may hold a payload); that is expected.
      if (line.contains("Failed to load resource: the server responded with a status of 4")) {
        continue;
      }
      if (line.contains("Content Security Policy")
          || line.contains("Refused to")
          || line.contains("__xss")) {
        out.add(where + ": console: " + line);
      }
    }
    return out;
  }

  /**
   * The same scan in a live page, after its scripts ran, plus the marker the corpus payloads set
   * ({@code window.__xss}). Returns what it found, one line each.
   */
  public static final String IN_BROWSER =
      """
      const out = [];
      if (window.__xss !== undefined) out.push('window.__xss was set: ' + window.__xss);
      const bad = /^(javascript|vbscript|data|livescript):/i;
      for (const e of document.querySelectorAll('*')) {
        const tag = e.localName;
        if (['svg','math','iframe','frame','object','embed','applet','base','style','xss','template','video','audio','marquee','isindex','xmp','noscript','portal'].includes(tag))
          out.push('element <' + tag + '>: ' + e.outerHTML.slice(0, 160));
        const structuredData = tag === 'script' && e.getAttribute('type') === 'application/ld+json'
          && !e.hasAttribute('src') && e.parentElement && e.parentElement.localName === 'head'
          && !e.textContent.includes('<') && (() => { try { return typeof JSON.parse(e.textContent) === 'object'; } catch (x) { return false; } })();
        if (tag === 'script' && !structuredData && (!/^\\/static\\/js\\/site\\.[0-9a-f]+\\.js$/.test(e.getAttribute('src') || '') || e.textContent.trim() !== ''))
          out.push('foreign script: ' + e.outerHTML.slice(0, 160));
        for (const a of e.attributes) {
          if (a.name.toLowerCase().startsWith('on')) out.push('event handler ' + a.name + ' on <' + tag + '>');
          if (['href','src','action','formaction','data','poster','xlink:href'].includes(a.name.toLowerCase())
              && bad.test(a.value.replace(/[\\x00-\\x20]/g, '')))
            out.push('dangerous URL ' + a.name + '=' + a.value.slice(0, 80) + ' on <' + tag + '>');
        }
      }
      return out;
      """;
}
