package org.dateline.newsroom.editor;

import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.article.Presentation;
import org.dateline.shared.Html;
import org.dateline.shared.Text;

/**
 * A story as it is being written: may be incomplete (a blank page is a draft). {@link #toContent}
 * checks it is complete enough to go out.
 */
public record Draft(
    String headline,
    String summary,
    String section,
    List<String> bylines,
    String datelinePlace,
    String datelineDate,
    String datelineSource,
    List<Block> body,
    List<String> tags,
    int urgency,
    Presentation presentation) {

  public static final int MAX_SUMMARY = 600;

  /** A draft with nothing chosen for sites and social networks ({@link Presentation#NONE}). */
  public Draft(
      String headline,
      String summary,
      String section,
      List<String> bylines,
      String datelinePlace,
      String datelineDate,
      String datelineSource,
      List<Block> body,
      List<String> tags,
      int urgency) {
    this(
        headline,
        summary,
        section,
        bylines,
        datelinePlace,
        datelineDate,
        datelineSource,
        body,
        tags,
        urgency,
        Presentation.NONE);
  }

  public Draft {
    presentation = presentation == null ? Presentation.NONE : presentation;
    headline = clean(headline);
    summary = clean(summary);
    section = Text.name(section);
    datelinePlace = clean(datelinePlace);
    datelineDate = clean(datelineDate);
    datelineSource = clean(datelineSource);
    bylines = ArticleContent.names(bylines);
    tags = ArticleContent.names(tags);
    body = List.copyOf(body);
    Optional<String> refusal = refusal(headline, summary, urgency);
    if (refusal.isPresent()) {
      throw new IllegalArgumentException(refusal.get());
    }
  }

  /** This draft under another headline, everything else kept. */
  public Draft withHeadline(String newHeadline) {
    return new Draft(
        newHeadline,
        summary,
        section,
        bylines,
        datelinePlace,
        datelineDate,
        datelineSource,
        body,
        tags,
        urgency,
        presentation);
  }

  /**
   * Why a draft of these values cannot be made (the message for the writer), or empty when it can:
   * the check the constructor makes, for a form that wants the answer as a value (decision 0066).
   */
  public static Optional<String> refusal(String headline, String summary, int urgency) {
    if (urgency < 1 || urgency > 8) {
      return Optional.of("Urgency runs from 1 (flash) to 8 (routine).");
    }
    if (Text.length(clean(headline)) > ArticleContent.MAX_HEADLINE) {
      return Optional.of(
          "The headline has more than " + ArticleContent.MAX_HEADLINE + " characters.");
    }
    if (Text.length(clean(summary)) > MAX_SUMMARY) {
      return Optional.of("The summary has more than " + MAX_SUMMARY + " characters.");
    }
    return Optional.empty();
  }

  /** A blank page, with the writer as byline. */
  public static Draft blank(String byline) {
    return new Draft("", "", "", List.of(byline), "", "", "", List.of(), List.of(), 5);
  }

  /** A draft of a stored story's content. */
  public static Draft of(ArticleContent c) {
    return new Draft(
        c.headline(),
        c.summary(),
        c.section(),
        c.bylines(),
        c.dateline().map(Dateline::place).orElse(""),
        c.dateline().map(Dateline::date).orElse(""),
        c.dateline().map(Dateline::source).orElse(""),
        c.body(),
        c.tags(),
        c.urgency(),
        c.presentation());
  }

  /** The content to publish; throws IllegalArgumentException naming what is missing. */
  public ArticleContent toContent(String language) {
    if (headline.isEmpty()) {
      throw new IllegalArgumentException("The story needs a headline.");
    }
    // A paragraph of only invisible characters (zero-width or no-break spaces) is no paragraph.
    if (body.stream()
        .noneMatch(b -> b instanceof Block.Paragraph p && !Text.isBlank(Html.toText(p.html())))) {
      throw new IllegalArgumentException("The story needs at least one paragraph.");
    }
    Optional<Dateline> dateline =
        datelinePlace.isEmpty()
            ? Optional.empty()
            : Optional.of(new Dateline(datelinePlace, datelineDate, datelineSource));
    return new ArticleContent(
        headline, summary, language, section, bylines, dateline, body, tags, urgency, presentation);
  }

  private static String clean(String s) {
    return Text.line(s);
  }
}
