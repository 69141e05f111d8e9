package org.dateline.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;

/** Builds story content for tests: a headline, a section, a language, a body. */
public final class WireStories {
  private WireStories() {}

  public static ArticleContent content(String headline, String section, String language) {
    return new ArticleContent(
        headline,
        "Summary of " + headline,
        language,
        section,
        List.of("Reporter"),
        Optional.empty(),
        List.of(new Block.Paragraph("Body of " + headline + ".")),
        List.of("topic"),
        5);
  }

  /** Publishes a story through the facade and returns its id. */
  public static ArticleId publish(TestApp app, String headline, String section, String language) {
    return app.wiring()
        .articles()
        .publish(content(headline, section, language), Instant.now(), Optional.of("t:" + headline))
        .article()
        .id();
  }
}
