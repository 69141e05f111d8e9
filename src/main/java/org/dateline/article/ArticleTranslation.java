package org.dateline.article;

/**
 * One public record of a translation group (decision 0077): the stories whose newsroom stories
 * share a translation group are translations of one another. {@code original} marks the story the
 * others were translated from (its newsroom story names no source). Any state: the public site
 * links only the published ones.
 */
public record ArticleTranslation(
    ArticleId id,
    String slug,
    String headline,
    String edition,
    String language,
    ArticleState state,
    boolean original) {

  /** Whether readers may have it now: published (not embargoed, not killed). */
  public boolean isPublic() {
    return state == ArticleState.PUBLISHED;
  }
}
