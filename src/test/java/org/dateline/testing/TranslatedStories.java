package org.dateline.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;

/**
 * A fixture of translated stories for the public site's tests (decision 0077): public records in
 * several editions, each opened in the newsroom (its newsroom story), then linked into one
 * translation group with {@code stories.translation_group} and {@code translated_from} written in
 * SQL, as the newsroom's translate action writes them (V25), without depending on that action.
 */
public final class TranslatedStories {
  private TranslatedStories() {}

  /** A complete story in {@code language} (which decides its edition), one paragraph long. */
  public static ArticleContent content(String language, String headline) {
    return new ArticleContent(
        headline,
        "",
        language,
        "",
        List.of("Reporter " + language),
        Optional.of(new Dateline("Seoul", "", "Dateline")),
        List.of(new Block.Paragraph(headline + " — " + language)),
        List.of(),
        5);
  }

  /** Publishes {@code content} now under the source key {@code key}. */
  public static Article publish(Wiring w, String key, ArticleContent content) {
    return w.articles().publish(content, Instant.now(), Optional.of(key)).article();
  }

  /** Sends {@code content} under embargo until {@code until} (never public before). */
  public static Article embargo(Wiring w, String key, ArticleContent content, Instant until) {
    return w.articles().embargo(content, until, key);
  }

  /**
   * Makes {@code original} and {@code translations} one translation group: each gets its newsroom
   * story (opened by an editor), all share a new group, and each translation names the original's
   * story as its source. Returns the group.
   */
  public static String link(Wiring w, Article original, Article... translations) {
    User editor = Newsroom.user(w, Role.EDITOR, "Translation Editor");
    Story source = w.stories().forArticle(original.id().value(), editor);
    String group = "urn:dateline:translation:" + UUID.randomUUID();
    setGroup(w, source.id(), group, null);
    for (Article t : translations) {
      Story story = w.stories().forArticle(t.id().value(), editor);
      setGroup(w, story.id(), group, source.id());
    }
    return group;
  }

  private static void setGroup(Wiring w, long storyId, String group, Long from) {
    w.database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE stories SET translation_group = :g, translated_from = :f"
                            + " WHERE id = :id")
                    .bind("g", group)
                    .bind("f", from)
                    .bind("id", storyId)
                    .execute());
  }
}
