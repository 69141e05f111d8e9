package org.dateline.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.GeneratedStories;

/**
 * A newsroom of generated stories for benchmarks of the desk (decision 0091): drafts and submitted
 * stories made from the demo's stories (every script the demo has), written by one generated
 * reporter account, the newest now.
 */
public final class GeneratedNewsroom {
  /** The generated stories' author; signs in with a random password nobody is told. */
  public static final String REPORTER = "generated.reporter@dateline.test";

  private static final int SAMPLES = 40;
  private final Articles articles;
  private final Users users;
  private final GeneratedStories generated;
  private final Clock clock;

  public GeneratedNewsroom(
      Articles articles, Users users, GeneratedStories generated, Clock clock) {
    this.articles = articles;
    this.users = users;
    this.generated = generated;
    this.clock = clock;
  }

  /**
   * Makes sure the newsroom holds at least {@code count} stories (call after the demo content is
   * loaded: its stories are the samples); returns how many it added.
   */
  public int ensure(int count) {
    List<Draft> samples = new ArrayList<>();
    for (long id = 1; id <= SAMPLES; id++) {
      articles.find(new ArticleId(id)).map(a -> Draft.of(a.content())).ifPresent(samples::add);
    }
    Optional<User> known = users.byEmail(REPORTER);
    User author =
        known.orElseGet(
            () ->
                users.add(REPORTER, "Generated Reporter", Role.REPORTER, users.generatePassword()));
    return generated.ensure(count, samples, author, clock.instant());
  }
}
