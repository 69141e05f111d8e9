package org.dateline.web.site;

import java.util.List;
import org.dateline.article.Block;

/** The typed page models the public templates take. Records only; all values computed in Java. */
public final class Model {
  private Model() {}

  /** What every page's frame shows: site name, language, section navigation, asset URLs. */
  public record Chrome(
      String siteName,
      String lang,
      List<NavItem> nav,
      String css,
      String js,
      String logo,
      String favicon,
      int year) {}

  /** One entry of the section navigation; {@code current} marks the page's own section. */
  public record NavItem(String label, String href, boolean current) {}

  /**
   * Head metadata: title, description, absolute canonical URL, Open Graph type and image, and the
   * robots directive ("" for none; {@code noindex} for search results).
   */
  public record Meta(
      String title,
      String description,
      String canonical,
      String type,
      String image,
      String robots) {
    /** The same metadata, asking search engines not to index the page. */
    public Meta noindex() {
      return new Meta(title, description, canonical, type, image, "noindex");
    }
  }

  /** A story in a list. {@code photo} is null when the story has none. */
  public record StoryItem(
      String href,
      String headline,
      String summary,
      String section,
      String sectionHref,
      String timeText,
      String timeIso,
      Block.Photo photo) {}

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
      StoryItem lead,
      List<StoryItem> top,
      List<StoryItem> latest,
      List<SectionBlock> sections) {}

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
      String archiveHref) {}

  public record ErrorPage(Chrome chrome, Meta meta, int status, String title, String message) {}
}
