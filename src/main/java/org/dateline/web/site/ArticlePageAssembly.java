package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.article.CacheKeys;
import org.dateline.edition.Edition;
import org.dateline.search.Search;
import org.dateline.shared.Html;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.ArticlePage;
import org.dateline.web.site.Model.FeedbackBox;
import org.dateline.web.site.Model.Link;

/**
 * Assembles the article page's model and renders it: the story, its related stories, the side
 * lists, its language versions and its metadata (for {@link ArticlePages}, the handler).
 */
final class ArticlePageAssembly {
  private static final int RELATED = 5;

  /** How many stories like this one are read: twice what is shown, for what the page filters. */
  private static final int ALIKE = 2 * RELATED;

  private final Articles articles;
  private final SiteChrome site;
  private final PublicPages pages;
  private final Search search;
  private final SideLists side;

  ArticlePageAssembly(
      Articles articles, SiteChrome site, PublicPages pages, Search search, SideLists side) {
    this.articles = articles;
    this.site = site;
    this.pages = pages;
    this.search = search;
    this.side = side;
  }

  /** The story's address in its own edition. */
  String canonical(Article article) {
    return site.articleHref(site.edition(article.edition()), article.id().value(), article.slug());
  }

  private static Block fromNewsroom(Block block) {
    if (block instanceof Block.Photo p) {
      Block.Focus f = p.focus();
      return p.withFiles(
          MediaFiles.inNewsroom(p.src()),
          p.srcset().replace("/media/", "/newsroom/media/"),
          p.width(),
          p.height(),
          new Block.Focus(f.x(), f.y(), inNewsroom(f.card()), inNewsroom(f.thumb())));
    }
    return block;
  }

  private static Block.Crop inNewsroom(Block.Crop crop) {
    return new Block.Crop(MediaFiles.inNewsroom(crop.src()), crop.width(), crop.height());
  }

  /**
   * The page of a story; a {@code preview} has no address of its own (no canonical link, sharing
   * tags or related stories), is not indexed, and shows photos from the newsroom's address.
   */
  CachedPage render(Article article, int status, FeedbackBox feedback, boolean preview) {
    Edition edition = site.edition(article.edition());
    String path = preview ? "" : canonical(article);
    String sectionLabel =
        article
            .section()
            .map(s -> s.name())
            .orElse(site.words(edition.language()).get("nav.all_news"));
    // Links are addresses readers use: at the edition's own host when it has one (0087).
    String sectionHref =
        article
            .section()
            .map(s -> site.root(edition) + SiteChrome.sectionHref(s.slug()))
            .orElse(site.address(edition.path("/news")));
    String image = article.content().leadPhoto().map(Block.Photo::src).orElse("");
    // The stories the page lists are read together, in one statement (decision 0111), with the
    // story's translations (decision 0123): the related stories (the editors' picks, then more
    // like this from the search index), and beside the story the latest and most viewed, from
    // snapshots (decision 0045); each only if public now. A preview shows none of them, links no
    // language version and counts no view.
    List<ArticleSummary> related = List.of();
    List<ArticleSummary> latest = List.of();
    List<ArticleSummary> mostViewed = List.of();
    List<org.dateline.article.ArticleTranslation> translations = List.of();
    if (!preview) {
      SideLists.Snapshot beside = side.snapshot();
      List<ArticleId> picks = picks(article);
      List<ArticleId> alike = picks.size() >= RELATED ? List.of() : search.related(article, ALIKE);
      var listed =
          articles.listedWithTranslations(
              article, union(union(picks, alike), union(beside.latest(), beside.mostViewed())));
      Map<ArticleId, ArticleSummary> read = byId(listed.listed());
      translations = listed.translations();
      related = related(article, edition, picks, alike, read);
      latest = SideLists.shown(beside.latest(), read, article.id(), edition.code());
      mostViewed = SideLists.shown(beside.mostViewed(), read, article.id(), edition.code());
    }
    // Its published versions in other editions (decision 0077).
    LanguageVersions versions = LanguageVersions.of(article, translations, site);
    List<ArticleId> shown = new ArrayList<>(versions.others());
    related.forEach(s -> shown.add(s.id()));
    latest.forEach(s -> shown.add(s.id()));
    mostViewed.forEach(s -> shown.add(s.id()));
    var page =
        new ArticlePage(
            site.chrome(
                edition,
                article
                    .section()
                    .map(s -> edition.root() + SiteChrome.sectionHref(s.slug()))
                    .orElse("")),
            preview ? previewMeta(article) : meta(article, path, image, versions),
            article.headline(),
            sectionLabel,
            sectionHref,
            edition.format(article.firstPublishedAt()),
            article.firstPublishedAt().toString(),
            article.updatedAt().map(edition::format).orElse(""),
            article.updatedAt().map(Object::toString).orElse(""),
            article.correction().map(c -> c.text()).orElse(""),
            article.correction().map(c -> edition.format(c.at())).orElse(""),
            article.authors().stream()
                .map(a -> new Link(a.name(), site.root(edition) + SiteChrome.authorHref(a.slug())))
                .toList(),
            preview
                ? bodyWithDateline(article, edition).stream()
                    .map(ArticlePageAssembly::fromNewsroom)
                    .toList()
                : bodyWithDateline(article, edition),
            article.tags().stream()
                .map(t -> new Link(t.name(), site.root(edition) + SiteChrome.tagHref(t.slug())))
                .toList(),
            related.stream().map(site::item).toList(),
            feedback,
            site.root(edition)
                + ArchivePaths.day(article.firstPublishedAt().atZone(edition.zone()).toLocalDate()),
            // The same for everyone (the page is cached); site.js shows it to editors.
            "/newsroom/articles/" + article.id().value() + "/edit",
            !preview
                ? new Model.Beside(
                    latest.stream().map(site::item).toList(),
                    mostViewed.stream().map(site::item).toList(),
                    "/v/" + article.id().value())
                : Model.Beside.NONE,
            versions.switcher());
    return pages
        .html(
            status, "article/article.jte", Map.of("page", page, "placeholder", site.placeholder()))
        .withKeys(CacheKeys.ofPage(List.of(CacheKeys.article(article.id()), SideLists.KEY), shown));
  }

  /**
   * The related stories: the editors' picks first, in their order, as far as they are public now;
   * then more like this from the search index (shared topics, the section, like words; newer first
   * among equals) in the story's edition, up to {@link #RELATED} in all (decision 0080). The
   * index's list is the one kept for the story (decision 0102); {@code read} holds what of them is
   * public now, by id.
   */
  private List<ArticleSummary> related(
      Article article,
      Edition edition,
      List<ArticleId> picks,
      List<ArticleId> alike,
      Map<ArticleId, ArticleSummary> read) {
    List<ArticleSummary> picked =
        picks.stream().map(read::get).filter(s -> s != null).limit(RELATED).toList();
    if (picked.size() >= RELATED) {
      return picked;
    }
    List<ArticleSummary> more;
    if (picks.size() >= RELATED) { // picks enough, but not all public now: the index fills in
      more = articles.publicSummaries(search.related(article, ALIKE));
    } else {
      more = alike.stream().map(read::get).filter(s -> s != null).toList();
    }
    List<ArticleSummary> out = new ArrayList<>(picked);
    more.stream()
        .filter(s -> !picks.contains(s.id()))
        .filter(s -> s.edition().equals(edition.code()))
        .limit(RELATED - picked.size())
        .forEach(out::add);
    return out;
  }

  /** The editors' picks of related stories, without the story itself. */
  private static List<ArticleId> picks(Article article) {
    return article.content().presentation().related().stream()
        .filter(id -> !id.equals(article.id()))
        .distinct()
        .toList();
  }

  private static Map<ArticleId, ArticleSummary> byId(List<ArticleSummary> read) {
    Map<ArticleId, ArticleSummary> byId = new java.util.HashMap<>();
    read.forEach(s -> byId.put(s.id(), s));
    return byId;
  }

  private static List<ArticleId> union(List<ArticleId> first, List<ArticleId> then) {
    if (first.isEmpty()) {
      return then;
    }
    var all = new java.util.LinkedHashSet<>(first);
    all.addAll(then);
    return List.copyOf(all);
  }

  /** A preview's metadata: title and description only, under no address, not to be indexed. */
  private Model.Meta previewMeta(Article article) {
    Model.Meta base =
        titled(article, site.meta(article.headline(), description(article), "", "article", ""));
    return new Model.Meta(base.title(), base.description(), "", base.type(), "").noindex();
  }

  /**
   * The metadata under the editors' search title when they chose one: the whole {@code <title>} as
   * written, without the site's name added (decision 0080).
   */
  private static Model.Meta titled(Article article, Model.Meta meta) {
    String title = article.content().presentation().title();
    return title.isEmpty()
        ? meta
        : new Model.Meta(title, meta.description(), meta.canonical(), meta.type(), meta.image());
  }

  /** The head's metadata, with the sharing tags and structured data of the story. */
  private Model.Meta meta(Article article, String path, String image, LanguageVersions versions) {
    Model.Meta meta =
        titled(article, site.meta(article.headline(), description(article), path, "article", image))
            .withLanguages(versions.alternates());
    Edition edition = site.edition(article.edition());
    var place =
        new ArticleMeta.Place(
            edition.siteName(),
            site.wireSite().homeUrl(),
            site.logoUrl(),
            edition.zone(),
            site.words(edition.language()).get("nav.home"));
    // The social card cropped around the lead photo's focal point, when an editor chose one.
    Optional<Block.Crop> card =
        article.content().leadPhoto().map(p -> p.focus().card()).filter(Block.Crop::present);
    return site.wireItem(article)
        .map(
            item ->
                meta.withSocial(
                    ArticleMeta.withCard(
                        ArticleMeta.social(item, place, titles(article, item), versions::addTo),
                        card.map(c -> ArticleMeta.card(site.wireSite().absolute(c.src()), c)))))
        .orElse(meta);
  }

  /** The JSON-LD's headline and description: the search title and description when chosen. */
  private static ArticleMeta.Titles titles(
      Article article, org.dateline.distribution.WireItem item) {
    var chosen = article.content().presentation();
    return new ArticleMeta.Titles(
        chosen.title().isEmpty() ? item.headline() : chosen.title(),
        chosen.description().isEmpty() ? item.teaser() : chosen.description());
  }

  /** The page's description: the search description when chosen, else the summary or headline. */
  private static String description(Article article) {
    String chosen = article.content().presentation().description();
    if (!chosen.isEmpty()) {
      return chosen;
    }
    String summary = article.content().summary();
    return summary.isEmpty() ? article.headline() : summary;
  }

  /**
   * The body with the dateline, in the edition's style, set at the start of the first paragraph.
   */
  private static List<Block> bodyWithDateline(Article article, Edition edition) {
    List<Block> body = new ArrayList<>(article.content().body());
    if (article.content().dateline().isPresent()) {
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof Block.Paragraph p) {
          String lead =
              Html.escape(edition.datelineStyle().render(article.content().dateline().get()) + " ");
          body.set(i, new Block.Paragraph(lead + p.html()));
          break;
        }
      }
    }
    return body;
  }
}
