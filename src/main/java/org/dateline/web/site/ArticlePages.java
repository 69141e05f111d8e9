package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.article.CacheKeys;
import org.dateline.edition.Edition;
import org.dateline.feedback.Feedbacks;
import org.dateline.search.Search;
import org.dateline.shared.Html;
import org.dateline.web.CachedPage;
import org.dateline.web.Gone;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.ArticlePage;
import org.dateline.web.site.Model.FeedbackBox;
import org.dateline.web.site.Model.Link;

/** The article page: {@code /article/{id}/{slug}}; the slug is cosmetic and corrected by 301. */
public final class ArticlePages {
  private static final int RELATED = 5;
  private final Articles articles;
  private final SiteChrome site;
  private final PublicPages pages;
  private final Search search;
  private final SideLists side;

  public ArticlePages(
      Articles articles, SiteChrome site, PublicPages pages, Search search, SideLists side) {
    this.search = search;
    this.side = side;
    this.articles = articles;
    this.site = site;
    this.pages = pages;
  }

  public void view(Context ctx) {
    boolean thanks = "sent".equals(ctx.queryParam("feedback"));
    String key = ctx.path() + (thanks ? "?feedback=sent" : "");
    // A cached page is the canonical URL of a public story as of the latest change: send it
    // without touching the database (a kill or an update drops it from the cache).
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark(); // before the story is read: a change meanwhile is not hidden
    if (EditionRequests.of(ctx, site).isEmpty()) {
      return; // under the default edition's prefix: redirected to the address without it
    }
    Article article = publicArticle(ctx.pathParam("id"));
    // The story's own edition decides its address: asked for under another edition's prefix (or
    // none), it answers 301 to where it lives (decision 0068).
    String canonical = canonical(article);
    if (!ctx.path().equals(canonical)) {
      ctx.redirect(canonical, HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    pages.serve(ctx, key, mark, () -> render(article, 200, feedbackBox(article, thanks, "", "")));
  }

  /** {@code /article/{id}}: the canonical URL is one redirect away. */
  public void redirect(Context ctx) {
    Article article = publicArticle(ctx.pathParam("id"));
    ctx.redirect(canonical(article), HttpStatus.MOVED_PERMANENTLY);
  }

  /** The story's address in its own edition. */
  private String canonical(Article article) {
    return site.articleHref(site.edition(article.edition()), article.id().value(), article.slug());
  }

  /**
   * The public story with this id (as a path segment); 404 when unknown or never public (embargoed,
   * or killed under embargo), 410 when killed after readers had it.
   */
  Article publicArticle(String idText) {
    Article article =
        org.dateline.shared.Ids.parse(idText)
            .flatMap(id -> articles.find(new ArticleId(id)))
            .orElseThrow(() -> new NotFound("no such story"));
    if (!article.wasEverPublic()) {
      throw new NotFound("no such story");
    }
    if (article.state() == ArticleState.KILLED) {
      Words w = site.words(site.edition(article.edition()).language());
      throw new Gone(
          w.get("article.withdrawn")
              + articles
                  .killNote(article)
                  .map(note -> w.format("article.editor_note", note))
                  .orElse(""));
    }
    return article;
  }

  /** The interface words of the site's pages. */
  Words words() {
    return site.words();
  }

  FeedbackBox feedbackBox(Article article, boolean thanks, String error, String text) {
    return new FeedbackBox(
        org.dateline.article.ArticlePaths.feedback(article.id().value()),
        thanks || !error.isEmpty(),
        thanks,
        error,
        text,
        Feedbacks.MAX_LENGTH);
  }

  /**
   * The page a draft will make, for the newsroom's preview: the same template as the public page,
   * but under no public address (no canonical link, no sharing tags, no related stories), kept out
   * of search engines, with an inert feedback box, so nothing on it points or posts to a live story
   * (a draft has no public id yet; a published story's id belongs to the version readers have).
   */
  public byte[] preview(
      java.util.Optional<Long> articleId, org.dateline.article.ArticleContent draftContent) {
    Article article = articles.preview(articleId.map(ArticleId::new), draftContent);
    return render(article, 200, new FeedbackBox("", false, false, "", "", 0), true).body();
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

  CachedPage render(Article article, int status, FeedbackBox feedback) {
    return render(article, status, feedback, false);
  }

  /**
   * The page of a story; a {@code preview} has no address of its own (no canonical link, sharing
   * tags or related stories), is not indexed, and shows photos from the newsroom's address.
   */
  private CachedPage render(Article article, int status, FeedbackBox feedback, boolean preview) {
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
    // More like this from the search index (headline, body, topics; newer first among equals),
    // then only what is public now, in that order.
    List<ArticleSummary> related = preview ? List.of() : related(article, edition);
    // Beside the story: latest and most viewed, from snapshots (decision 0045); a preview shows no
    // side lists and counts no view.
    List<ArticleSummary> latest = preview ? List.of() : side.latest(article.id(), edition.code());
    List<ArticleSummary> mostViewed =
        preview ? List.of() : side.mostViewed(article.id(), edition.code());
    // Its published versions in other editions (decision 0077); a preview links none.
    LanguageVersions versions =
        LanguageVersions.of(
            article, preview ? List.of() : articles.translations(article.id()), site);
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
                    .map(ArticlePages::fromNewsroom)
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
   * among equals) in the story's edition, up to {@link #RELATED} in all (decision 0080).
   */
  private List<ArticleSummary> related(Article article, Edition edition) {
    List<ArticleSummary> picked =
        articles.publicSummaries(article.content().presentation().related()).stream()
            .filter(s -> !s.id().equals(article.id()))
            .limit(RELATED)
            .toList();
    if (picked.size() >= RELATED) {
      return picked;
    }
    List<ArticleSummary> out = new ArrayList<>(picked);
    articles.publicSummaries(search.related(article, RELATED + picked.size())).stream()
        .filter(s -> s.edition().equals(edition.code()))
        .filter(s -> picked.stream().noneMatch(p -> p.id().equals(s.id())))
        .limit(RELATED - picked.size())
        .forEach(out::add);
    return out;
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
