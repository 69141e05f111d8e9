package org.dateline.article;

/** Just enough of a story, in any state, to name and link it (the newsroom's lists of feedback). */
public record ArticleHeadline(ArticleId id, String slug, String headline, ArticleState state) {
  public boolean isPublic() {
    return state == ArticleState.PUBLISHED;
  }
}
