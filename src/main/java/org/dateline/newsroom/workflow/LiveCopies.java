package org.dateline.newsroom.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;
import org.dateline.newsroom.editor.Draft;

/**
 * What readers have of published stories, and whether their working copies differ (decision 0034).
 * Behind {@link Stories}. Thread-safe (holds no state of its own).
 */
final class LiveCopies {
  private final Articles articles;
  private final Editions editions;

  LiveCopies(Articles articles, Editions editions) {
    this.articles = articles;
    this.editions = editions;
  }

  /** See {@link Stories#live(Story)}. */
  Optional<Stories.Live> of(Story story) {
    if (story.stage() != Stage.PUBLISHED || story.articleId().isEmpty()) {
      return Optional.empty();
    }
    return articles
        .find(new ArticleId(story.articleId().get()))
        .filter(Article::isPublic)
        .map(a -> live(story, a));
  }

  /** See {@link Stories#live(Collection)}. */
  Map<Long, Stories.Live> of(Collection<Story> stories) {
    List<Story> published =
        stories.stream()
            .filter(s -> s.stage() == Stage.PUBLISHED && s.articleId().isPresent())
            .toList();
    Map<ArticleId, Article> found =
        articles.findAll(published.stream().map(s -> new ArticleId(s.articleId().get())).toList());
    Map<Long, Stories.Live> out = new HashMap<>();
    for (Story s : published) {
      Article a = found.get(new ArticleId(s.articleId().get()));
      if (a != null && a.isPublic()) {
        out.put(s.id(), live(s, a));
      }
    }
    return out;
  }

  private Stories.Live live(Story story, Article a) {
    boolean changed;
    try {
      changed =
          !story
              .draft()
              // in the language of the live story's edition (decision 0068)
              .toContent(editions.of(a.edition()).language())
              .fingerprint()
              .equals(a.content().fingerprint());
    } catch (IllegalArgumentException e) {
      changed = true; // a draft that cannot be published differs from the live one
    }
    return new Stories.Live(a.headline(), Draft.of(a.content()), changed);
  }
}
