package org.dateline.web.site;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleTranslation;
import org.dateline.edition.Edition;
import org.dateline.web.site.Model.Alternate;
import org.dateline.web.site.Model.LanguageLink;

/**
 * A page's versions in other languages (decision 0077): a story's published translations (never an
 * embargoed, killed or unpublished one), at most one per edition, and the site's lists in every
 * edition. From them: the language switcher, the {@code hreflang} alternates (the page itself, each
 * version, and {@code x-default}: the default edition's version, else the original, else the
 * oldest), and schema.org's {@code workTranslation} / {@code translationOfWork}. Every version of a
 * group computes the same set, so the alternates are reciprocal and agree on {@code x-default}.
 * Stateless.
 */
final class LanguageVersions {
  /** One version: the story, its edition, and its absolute address. */
  record Version(ArticleTranslation story, Edition edition, String path, String url) {}

  private final Version self;
  private final List<Version> all;

  private LanguageVersions(Version self, List<Version> all) {
    this.self = self;
    this.all = all;
  }

  /** The public versions of {@code article} among its translation group {@code group}. */
  static LanguageVersions of(Article article, List<ArticleTranslation> group, SiteChrome site) {
    ArticleTranslation me =
        new ArticleTranslation(
            article.id(),
            article.slug(),
            article.headline(),
            article.edition(),
            article.content().language(),
            article.state(),
            group.stream().filter(t -> t.id().equals(article.id())).allMatch(t -> t.original()));
    return of(me, group, site);
  }

  /** The public versions of the story {@code me} among its translation group {@code group}. */
  static LanguageVersions of(
      ArticleTranslation me, List<ArticleTranslation> group, SiteChrome site) {
    Map<String, Version> byEdition = new LinkedHashMap<>();
    Version self = version(me, site);
    byEdition.put(self.edition().code(), self);
    group.stream()
        .filter(ArticleTranslation::isPublic)
        .sorted(Comparator.comparing(t -> t.id().value()))
        .forEach(t -> byEdition.putIfAbsent(site.edition(t.edition()).code(), version(t, site)));
    List<Version> all = new ArrayList<>(byEdition.values());
    all.sort(Comparator.comparingInt((Version v) -> v.edition().position()));
    return new LanguageVersions(self, List.copyOf(all));
  }

  private static Version version(ArticleTranslation t, SiteChrome site) {
    Edition e = site.edition(t.edition());
    String path = site.articleHref(e, t.id().value(), t.slug());
    return new Version(t, e, site.address(path), site.absolute(path));
  }

  /** Whether the story has a published version in another edition. */
  boolean any() {
    return all.size() > 1;
  }

  /** The language switcher: every other version, named in its own language. */
  List<LanguageLink> switcher() {
    return all.stream()
        .filter(v -> !v.equals(self))
        .map(
            v ->
                new LanguageLink(
                    v.edition().name(),
                    v.edition().language(),
                    v.edition().direction() == Edition.Direction.RTL ? Direction.RTL : null,
                    v.path()))
        .toList();
  }

  /** The {@code hreflang} alternates: none without another version. */
  List<Alternate> alternates() {
    if (!any()) {
      return List.of();
    }
    List<Alternate> links = new ArrayList<>();
    all.forEach(v -> links.add(Alternate.language(v.edition().language(), v.url())));
    links.add(Alternate.language("x-default", fallback().url()));
    return links;
  }

  /** The version for readers of no listed language: default edition's, original's, or oldest. */
  Version fallback() {
    return all.stream()
        .filter(v -> v.edition().isDefault())
        .findFirst()
        .or(() -> all.stream().filter(v -> v.story().original()).findFirst())
        .orElseGet(
            () ->
                all.stream()
                    .min(Comparator.comparing((Version v) -> v.story().id().value()))
                    .orElseThrow());
  }

  /**
   * schema.org links between the versions, added to the {@code NewsArticle}: the original lists its
   * translations ({@code workTranslation}), a translation names its original ({@code
   * translationOfWork}) when that is public.
   */
  void addTo(ObjectNode newsArticle) {
    if (!any()) {
      return;
    }
    if (self.story().original()) {
      var list = newsArticle.putArray("workTranslation");
      all.stream().filter(v -> !v.equals(self)).forEach(v -> work(list.addObject(), v));
      return;
    }
    Optional<Version> original = all.stream().filter(v -> v.story().original()).findFirst();
    original.ifPresent(v -> work(newsArticle.putObject("translationOfWork"), v));
  }

  private static void work(ObjectNode node, Version v) {
    node.put("@type", "NewsArticle");
    node.put("@id", v.url() + "#article");
    node.put("url", v.url());
    node.put("headline", v.story().headline());
    node.put("inLanguage", v.edition().language());
  }

  /**
   * The {@code hreflang} alternates of a list every edition has at the same path ({@code /}, {@code
   * /news}, the date archive), {@code path} as the default edition writes it: the list in each
   * edition, and {@code x-default} the default edition's. None with a single edition.
   */
  static List<Alternate> ofList(String path, SiteChrome site) {
    List<Edition> editions = site.editions();
    if (editions.size() < 2) {
      return List.of();
    }
    List<Alternate> links = new ArrayList<>();
    for (Edition e : editions) {
      links.add(Alternate.language(e.language(), site.absolute(e.path(path))));
    }
    links.add(Alternate.language("x-default", site.absolute(site.edition().path(path))));
    return links;
  }

  /** The ids of the other versions: the page names them, so a change of one drops it. */
  List<ArticleId> others() {
    return all.stream().filter(v -> !v.equals(self)).map(v -> v.story().id()).toList();
  }
}
