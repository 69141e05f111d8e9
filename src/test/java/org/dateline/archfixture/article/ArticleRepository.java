package org.dateline.archfixture.article;

import java.util.Optional;

/** The article feature's port (fixture). */
public interface ArticleRepository {
  Optional<Article> find(long id);

  void delete(long id);
}
