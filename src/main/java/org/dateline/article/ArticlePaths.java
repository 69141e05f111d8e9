package org.dateline.article;

import org.dateline.shared.Slugs;

/**
 * The public address of a story, relative to the site: {@code /article/{id}/{slug}}, the slug
 * percent-encoded as UTF-8. The one place it is built: the site's pages, feeds, the wire and
 * imports all take it from here, so none of them knows the site's routes.
 */
public final class ArticlePaths {
  private ArticlePaths() {}

  /** The canonical address of the story. */
  public static String of(long id, String slug) {
    return "/article/" + id + "/" + Slugs.inPath(slug);
  }

  /** The short address, which redirects to the canonical one. */
  public static String byId(long id) {
    return "/article/" + id;
  }

  /** Where readers send feedback on the story. */
  public static String feedback(long id) {
    return byId(id) + "/feedback";
  }
}
