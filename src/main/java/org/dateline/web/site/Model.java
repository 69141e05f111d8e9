package org.dateline.web.site;

import java.util.List;
import org.dateline.article.Block;
import org.dateline.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/** The typed page models the public templates take. Records only; all values computed in Java. */
public final class Model {
  private Model() {}

  /**
   * What every page's frame shows: site name, language, section navigation, asset URLs, the writing
   * direction ({@code ltr} or {@code rtl}) and the interface words of the language (decision 0069);
   * and the edition's code, home page and All News address (decision 0068).
   */
  public record Chrome(
      String siteName,
      String lang,
      List<NavItem> nav,
      String css,
      String js,
      String logo,
      String favicon,
      int year,
      String dir,
      Words words,
      String edition,
      String home,
      String allNews) {
    /**
     * Where the page's search form goes: the edition's search ({@code /search}, {@code
     * /ko/search}).
     */
    public String search() {
      return home() + "search";
    }

    /** True for a page written right to left. */
    public boolean rtl() {
      return Direction.RTL.equals(dir);
    }

    /**
     * The {@code dir} attribute of the page: {@code rtl}, or none for left to right, the default,
     * so that left-to-right pages stay as they were (decision 0069).
     */
    public @Nullable String dirAttribute() {
      return rtl() ? Direction.RTL : null;
    }
  }

  /** One entry of the section navigation; {@code current} marks the page's own section. */
  public record NavItem(String label, String href, boolean current) {}

  /**
   * Head metadata: title, description, absolute canonical URL, Open Graph type and image, the
   * page's feeds ({@code <link rel="alternate">}), and what an article page adds for search engines
   * and sharing ({@code null} on other pages).
   */
  public record Meta(
      String title,
      String description,
      String canonical,
      String type,
      String image,
      List<Alternate> alternates,
      @Nullable Social social, // none on pages that are not shared
      String robots) {
    public Meta(String title, String description, String canonical, String type, String image) {
      this(title, description, canonical, type, image, List.of(), null, "");
    }

    /** The same metadata, asking search engines not to index the page. */
    public Meta noindex() {
      return new Meta(title, description, canonical, type, image, alternates, social, "noindex");
    }

    /** The same metadata, naming these feeds of the page. */
    public Meta withAlternates(List<Alternate> feeds) {
      return new Meta(
          title, description, canonical, type, image, List.copyOf(feeds), social, robots);
    }

    /**
     * The same metadata, also naming the page's versions in other languages ({@code hreflang}
     * alternates with {@code x-default}; decision 0077).
     */
    public Meta withLanguages(List<Alternate> languages) {
      List<Alternate> all = new java.util.ArrayList<>(alternates);
      all.addAll(languages);
      return new Meta(title, description, canonical, type, image, List.copyOf(all), social, robots);
    }

    /** The same metadata, with an article's sharing tags and structured data. */
    public Meta withSocial(Social article) {
      return new Meta(title, description, canonical, type, image, alternates, article, robots);
    }
  }

  /**
   * A feed of the page (its media type, title and address), or the page in another language (its
   * absolute address and {@code hreflang}, type and title null; decision 0077).
   */
  public record Alternate(
      @Nullable String type, @Nullable String title, String href, @Nullable String hreflang) {
    /** A feed: no {@code hreflang}. */
    public Alternate(String type, String title, String href) {
      this(type, title, href, null);
    }

    /** The page in the language {@code hreflang} ({@code x-default} for the fallback). */
    public static Alternate language(String hreflang, String href) {
      return new Alternate(null, null, href, hreflang);
    }
  }

  /**
   * A link to a version in another language, named in that language, with its {@code lang} and
   * {@code dir} (null for left to right, the default; decision 0077).
   */
  public record LanguageLink(String name, String lang, @Nullable String dir, String href) {}

  /**
   * Another edition's top stories on a home page (decision 0077): the edition's name in its own
   * language, its {@code lang} and {@code dir} (null for left to right), its home page.
   */
  public record OtherEdition(
      String name, String lang, @Nullable String dir, String href, List<StoryItem> items) {}

  /**
   * An article's sharing tags and structured data: the lead photo's largest rendition (absolute
   * URL, size, alt text; empty URL without a photo), the Twitter card type, the Open Graph article
   * times (with offset), section, topics and author pages, and the JSON-LD script element.
   */
  public record Social(
      String imageUrl,
      int imageWidth,
      int imageHeight,
      String imageAlt,
      String twitterCard,
      String publishedTime,
      String modifiedTime,
      String section,
      List<String> tags,
      List<String> authors,
      SafeHtml jsonLd) {}

  /** A story in a list. {@code photo} is null when the story has none. */
  public record StoryItem(
      String href,
      String headline,
      String summary,
      String section,
      String sectionHref,
      String timeText,
      String timeIso,
      Block.@Nullable Photo photo) {}

  /** Links to the older and newer pages of a list; empty strings when there is none. */
  public record Pager(String olderHref, String newerHref) {
    public boolean any() {
      return !olderHref.isEmpty() || !newerHref.isEmpty();
    }
  }

  public record Link(String label, String href) {}

  /** All News, a section, an author or a tag. */
  public record ListPage(
      Chrome chrome, Meta meta, String heading, String intro, List<StoryItem> items, Pager pager) {}

  public record SectionBlock(String name, String href, List<StoryItem> items) {}

  public record HomePage(
      Chrome chrome,
      Meta meta,
      @Nullable StoryItem lead,
      List<StoryItem> top,
      List<StoryItem> latest,
      List<SectionBlock> sections,
      List<StoryItem> mostViewed,
      List<OtherEdition> otherEditions) {}

  /** The feedback widget's state: closed, open with an error and the reader's text, or thanked. */
  public record FeedbackBox(
      String action, boolean open, boolean thanks, String error, String text, int maxLength) {}

  public record ArticlePage(
      Chrome chrome,
      Meta meta,
      String headline,
      String sectionLabel,
      String sectionHref,
      String publishedText,
      String publishedIso,
      String updatedText,
      String updatedIso,
      String correction,
      String correctionTime,
      List<Link> bylines,
      List<Block> body,
      List<Link> tags,
      List<StoryItem> related,
      FeedbackBox feedback,
      String archiveHref,
      String editHref,
      Beside beside,
      List<LanguageLink> translations) {}

  /**
   * What the article page shows beside the story (latest, most viewed) and where its script reports
   * a view ({@code /v/ID}; empty for a preview, which is no view).
   */
  public record Beside(List<StoryItem> latest, List<StoryItem> mostViewed, String viewBeacon) {
    public static final Beside NONE = new Beside(List.of(), List.of(), "");
  }

  public record ErrorPage(Chrome chrome, Meta meta, int status, String title, String message) {}
}
