package org.dateline.article;

import java.util.List;

/**
 * What a story's page lists beside it, read in one statement (decision 0123): the public ones among
 * the stories it names (related, latest, most viewed), in the order asked, and its translation
 * group's stories (decision 0077), itself included, by id.
 */
public record ListedStories(List<ArticleSummary> listed, List<ArticleTranslation> translations) {
  public ListedStories {
    listed = List.copyOf(listed);
    translations = List.copyOf(translations);
  }
}
