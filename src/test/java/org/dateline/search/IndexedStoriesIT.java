package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild's reader of the store's columns (decision 0122) gives, for every stored story, what
 * the index takes of the same story read as an article: names in every script, every kind of body
 * block, stories with and without a section, bylines or topics, public, embargoed and killed, read
 * across batch boundaries. On SQLite and on PostgreSQL.
 */
class IndexedStoriesIT {
  @TempDir Path data;

  @Test
  void every_story_read_from_the_columns_equals_what_the_index_takes_of_its_article() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      w.sections().ensure("World");
      w.sections().ensure("세계");
      List<ArticleId> ids = new ArrayList<>();
      ids.add(publish(w, story("Harbour reopens", "en", "World", List.of("Ann Lee"), "ships")));
      ids.add(publish(w, story("항구가 다시 열렸다", "ko", "세계", List.of("김민수", "이지은"), "항구")));
      ids.add(publish(w, story("港が再開", "ja", "", List.of(), "")));
      ids.add(publish(w, story("港口重新开放", "zh-Hans", "World", List.of("王芳"), "港口")));
      ids.add(publish(w, story("إعادة فتح الميناء", "ar", "World", List.of("ليلى"), "ميناء")));
      ids.add(publish(w, story("Le café rouvre à Zürich", "fr", "", List.of("José"), "café")));
      Article embargoed =
          w.articles()
              .embargo(
                  story("Embargoed harbour", "en", "World", List.of("Ann Lee"), "ships"),
                  Instant.now().plusSeconds(3600),
                  "embargoed");
      ids.add(embargoed.id());
      w.articles().kill(ids.get(1));

      IndexedStories columns = SearchTables.indexedStories(w.database().jdbi());
      List<IndexedStory> read = new ArrayList<>();
      for (List<IndexedStory> batch = columns.after(0, 3);
          !batch.isEmpty();
          batch = columns.after(batch.get(batch.size() - 1).id(), 3)) {
        read.addAll(batch);
      }

      List<IndexedStory> ofArticles =
          w.articles().after(0, 1000).stream().map(IndexedStory::of).toList();
      assertThat(read).hasSize(ids.size()).isEqualTo(ofArticles);
      assertThat(read.get(1).state().name()).isEqualTo("KILLED");
      assertThat(read.get(1).authors()).containsExactly("김민수", "이지은");
      assertThat(read.get(2).section()).isEmpty();
      assertThat(read.get(ids.size() - 1).isPublic()).isFalse();
    }
  }

  private static ArticleId publish(Wiring w, ArticleContent content) {
    return w.articles()
        .publish(content, Instant.now(), Optional.of("k" + content.headline().hashCode()))
        .article()
        .id();
  }

  private static ArticleContent story(
      String headline, String language, String section, List<String> bylines, String topic) {
    return new ArticleContent(
        headline,
        "Summary of " + headline + " &amp; more",
        language,
        section,
        bylines,
        Optional.empty(),
        List.of(
            new Block.Paragraph(headline + " — <b>bold</b> &amp; <i>plain</i>."),
            new Block.Heading("Heading " + headline),
            new Block.Quote("Quoted " + headline, "Cite"),
            new Block.ListBlock(false, List.of("One <b>item</b>", "Two")),
            new Block.Photo(
                "/media/p.jpg", "", 640, 480, "Alt " + headline, "Caption " + headline, "Credit")),
        topic.isEmpty() ? List.of() : List.of(topic, "Second " + topic),
        5);
  }
}
