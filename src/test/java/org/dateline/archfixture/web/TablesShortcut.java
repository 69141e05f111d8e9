package org.dateline.archfixture.web;

import org.dateline.archfixture.article.jdbi.ArticleTables;

/** Breaks "only the composition root reaches an adapter": web building its own repository. */
public final class TablesShortcut {
  private TablesShortcut() {}

  public static Object repository() {
    return ArticleTables.repository(null);
  }
}
