package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.article.Article;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories on the article page are related (decision 0046): on the demo content, every story
 * a National story lists shares a topic with it or is National too, and stories sharing topics come
 * before those that only share the section.
 */
class RelatedStoriesPageIT {
  private static TestApp app;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Set<String> topics(Article a) {
    Set<String> out = new HashSet<>();
    a.tags().forEach(t -> out.add(t.name()));
    return out;
  }

  private static Article byPath(String path) {
    long id = Long.parseLong(path.split("/")[2]);
    return app.wiring().articles().find(new org.dateline.article.ArticleId(id)).orElseThrow();
  }

  @Test
  void a_national_story_lists_stories_of_its_topics_or_its_section_not_of_another_desk() {
    // Given: the demo's National stories
    List<ArticleSummary> all =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(100)).items();
    List<Article> national =
        all.stream()
            .map(s -> app.wiring().articles().find(s.id()).orElseThrow())
            .filter(a -> a.section().map(s -> s.name().equals("National")).orElse(false))
            .toList();
    assertThat(national).hasSizeGreaterThanOrEqualTo(5);
    for (Article story : national) {
      // When: a reader opens the story
      String path =
          app.get("/article/" + story.id().value()).headers().firstValue("Location").orElseThrow();
      var page = Jsoup.parse(app.get(path).body());
      List<String> listed = page.select(".related .story-title a").eachAttr("href");
      // Then: each related story shares a topic with it or is National; those sharing topics first
      assertThat(listed).as(story.headline()).isNotEmpty();
      boolean sectionOnly = false;
      for (String href : listed) {
        Article other = byPath(href);
        Set<String> shared = topics(other);
        shared.retainAll(topics(story));
        boolean sameSection = other.section().equals(story.section());
        assertThat(!shared.isEmpty() || sameSection)
            .as(
                "%s lists %s (%s, topics %s)",
                story.headline(),
                other.headline(),
                other.section().map(s -> s.name()).orElse(""),
                topics(other))
            .isTrue();
        if (shared.isEmpty()) {
          sectionOnly = true;
        } else {
          assertThat(sectionOnly)
              .as(
                  "%s lists %s, which shares a topic, after a story that shares none",
                  story.headline(), other.headline())
              .isFalse();
        }
      }
    }
  }
}
