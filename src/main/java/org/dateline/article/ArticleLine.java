package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.shared.Text;

/**
 * A story as a line of the newsroom's lists names it, read from its row's columns and its bylines
 * without its body (decision 0120): headline, address slug, section, bylines, state, last change
 * and edition.
 */
public record ArticleLine(
    ArticleId id,
    String slug,
    String headline,
    Optional<String> sectionName,
    List<String> bylines,
    ArticleState state,
    Instant lastChanged,
    String edition) {

  public ArticleLine {
    // The same forms as the story's content has (its headline and bylines as ArticleContent keeps
    // them), so a row reads the same whichever way it was read.
    headline = Text.line(headline);
    bylines = ArticleContent.names(bylines);
  }

  /** Whether readers have it now. */
  public boolean isPublic() {
    return state == ArticleState.PUBLISHED;
  }
}
