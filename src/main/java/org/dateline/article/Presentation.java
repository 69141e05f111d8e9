package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;

/**
 * What sites and social networks need of a story beyond its text (decision 0080): the slug an
 * editor chose for its address ({@code ""}: made from the headline), the title and description
 * search engines and sharing cards show ({@code ""}: the headline and the summary), and the related
 * stories editors picked, in order, shown before the automatic ones.
 */
public record Presentation(String slug, String title, String description, List<ArticleId> related) {

  /** Longest SEO title, in characters; search engines show about {@link #TITLE_SHOWN}. */
  public static final int MAX_TITLE = 200;

  /**
   * Longest SEO description, in characters; search engines show about {@link #DESCRIPTION_SHOWN}.
   */
  public static final int MAX_DESCRIPTION = 400;

  /** About how many characters of a title a search result shows. */
  public static final int TITLE_SHOWN = 60;

  /** About how many characters of a description a search result shows. */
  public static final int DESCRIPTION_SHOWN = 160;

  /** Most related stories an editor may pick (the page lists five). */
  public static final int MAX_RELATED = 5;

  /** Nothing chosen: the address, title and description come from the story; related ones too. */
  public static final Presentation NONE = new Presentation("", "", "", List.of());

  public Presentation {
    slug = slugOf(slug);
    title = Text.line(title == null ? "" : title);
    description = Text.line(description == null ? "" : description);
    related = List.copyOf(new java.util.LinkedHashSet<>(related == null ? List.of() : related));
    Optional<String> refusal = refusal(slug, title, description, related.size());
    if (refusal.isPresent()) {
      throw new IllegalArgumentException(refusal.get());
    }
  }

  /**
   * A chosen slug as it will be stored: what the editor typed, made a slug by the rules of every
   * slug ({@link Slugs}: letters and digits of every script, case-folded, Latin accents off, words
   * joined by hyphens); {@code ""} when nothing was typed.
   */
  public static String slugOf(String typed) {
    return Slugs.orEmpty(typed == null ? "" : typed);
  }

  /**
   * Why these values cannot be a presentation (the message for the editor), or empty when they can;
   * {@code typedSlug} as typed.
   */
  public static Optional<String> refusal(
      String typedSlug, String title, String description, int related) {
    String typed = Text.line(typedSlug == null ? "" : typedSlug);
    if (!typed.isEmpty() && slugOf(typed).isEmpty()) {
      return Optional.of("The address needs at least one letter or digit.");
    }
    if (Text.length(typed) > Slugs.MAX_LENGTH) {
      return Optional.of("The address has more than " + Slugs.MAX_LENGTH + " characters.");
    }
    if (Text.length(Text.line(title == null ? "" : title)) > MAX_TITLE) {
      return Optional.of("The search title has more than " + MAX_TITLE + " characters.");
    }
    if (Text.length(Text.line(description == null ? "" : description)) > MAX_DESCRIPTION) {
      return Optional.of(
          "The search description has more than " + MAX_DESCRIPTION + " characters.");
    }
    if (related > MAX_RELATED) {
      return Optional.of("Pick at most " + MAX_RELATED + " related stories.");
    }
    return Optional.empty();
  }

  /** The slug of the story's address: the chosen one, else the headline's. */
  public String slugFor(String headline) {
    return slug.isEmpty() ? Slugs.of(headline) : slug;
  }

  /** The picks as a stored list of ids ("12,7,40"). */
  public String relatedIds() {
    List<String> ids = new ArrayList<>();
    related.forEach(id -> ids.add(Long.toString(id.value())));
    return String.join(",", ids);
  }

  /** Picks from their stored list of ids; anything that is not an id is left out. */
  public static List<ArticleId> relatedOf(String ids) {
    List<ArticleId> out = new ArrayList<>();
    for (String part : (ids == null ? "" : ids).split(",")) {
      if (part.matches("[1-9][0-9]{0,17}")) {
        out.add(new ArticleId(Long.parseLong(part)));
      }
    }
    return out;
  }
}
