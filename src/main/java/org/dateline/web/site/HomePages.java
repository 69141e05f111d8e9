package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.curation.Curation;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.site.Model.HomePage;
import org.dateline.web.site.Model.SectionBlock;
import org.dateline.web.site.Model.StoryItem;

/**
 * The home page's model for {@link ListPages}: the lead and top stories (the curation's choice),
 * the latest, a block per section in the navigation, the most viewed, and the other editions' top
 * stories; with the cache keys that drop it.
 */
final class HomePages {
  private static final int LATEST = 10;
  private static final int PER_SECTION = 4;
  private static final int TOP = 4;

  /** How many top stories of each other edition a home page shows. */
  private static final int OTHER_TOP = 3;

  private final Articles articles;
  private final Sections sections;
  private final Curation curation;
  private final SiteChrome site;
  private final SideLists side;

  HomePages(
      Articles articles, Sections sections, Curation curation, SiteChrome site, SideLists side) {
    this.articles = articles;
    this.sections = sections;
    this.curation = curation;
    this.site = site;
    this.side = side;
  }

  /** The home page's model; {@code shown} receives the id of every story on it. */
  HomePage page(Edition e, List<ArticleId> shown) {
    List<ArticleSummary> newest =
        articles.page(ListPages.inEdition(e, new Listing.All()), PageRequest.newest(30)).items();
    // The lead and the top stories are the curation's choice (the editors' picks, else newest).
    Curation.Front front = curation.front(Optional.of(e.code()));
    StoryItem lead = front.lead().map(site::item).orElse(null);
    List<StoryItem> top = front.rest().stream().limit(TOP).map(site::item).toList();
    front.all().forEach(story -> shown.add(story.id()));
    newest.forEach(story -> shown.add(story.id()));
    List<StoryItem> latest = newest.stream().limit(LATEST).map(site::item).toList();
    List<SectionBlock> blocks = new ArrayList<>();
    for (Section section : sections.inEdition(e.code())) {
      if (!section.inNavigation()) {
        continue; // new, hidden and retired sections have no block (decision 0073)
      }
      List<ArticleSummary> stories =
          articles
              .page(new Listing.InSection(section.id()), PageRequest.newest(PER_SECTION))
              .items();
      stories.forEach(story -> shown.add(story.id()));
      List<StoryItem> items = stories.stream().map(site::item).toList();
      if (!items.isEmpty()) {
        blocks.add(
            new SectionBlock(
                section.name(), site.root(e) + SiteChrome.sectionHref(section.slug()), items));
      }
    }
    // Most viewed in the last 24 hours: a snapshot, refreshed every few minutes (decision 0045).
    List<ArticleSummary> mostViewed = side.mostViewed(e.code());
    mostViewed.forEach(story -> shown.add(story.id()));
    String name = e.siteName();
    return new HomePage(
        site.chrome(e, e.home()),
        site.meta(
                name,
                site.words(e.language()).format("home.description", name),
                e.home(),
                "website",
                "")
            .withAlternates(FeedPages.alternates(site, e.home(), name))
            .withLanguages(LanguageVersions.ofList("/", site)),
        lead,
        top,
        latest,
        blocks,
        mostViewed.stream().map(site::item).toList(),
        otherEditions(e, shown));
  }

  /**
   * The other editions' top stories, a few each, in their language and direction (decision 0077);
   * {@code shown} receives their ids.
   */
  private List<Model.OtherEdition> otherEditions(Edition e, List<ArticleId> shown) {
    List<Model.OtherEdition> others = new ArrayList<>();
    for (Edition other : site.editions()) {
      if (other.code().equals(e.code())) {
        continue;
      }
      List<ArticleSummary> top =
          curation.front(Optional.of(other.code())).all().stream().limit(OTHER_TOP).toList();
      if (top.isEmpty()) {
        continue;
      }
      top.forEach(story -> shown.add(story.id()));
      others.add(
          new Model.OtherEdition(
              other.name(),
              other.language(),
              other.direction() == Edition.Direction.RTL ? Direction.RTL : null,
              site.address(other.home()),
              top.stream().map(site::item).toList()));
    }
    return others;
  }

  /**
   * A home page's own keys: its edition's home, the editors' picks, the side lists, and every other
   * edition's home key, since it shows their top stories (decision 0077).
   */
  List<String> keys(Edition e) {
    List<String> keys = new ArrayList<>();
    keys.add(e.isDefault() ? CacheKeys.HOME : CacheKeys.home(e.code()));
    keys.add(CacheKeys.CURATED);
    keys.add(SideLists.KEY);
    for (Edition other : site.editions()) {
      if (!other.code().equals(e.code())) {
        keys.add(CacheKeys.home(other.code()));
      }
    }
    return keys;
  }
}
