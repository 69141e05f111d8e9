package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.search.SearchResults.Hit;
import org.dateline.search.SearchResults.Span;
import org.dateline.testing.TestSearch;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index keeps no copy of a story's body (decision 0094): a result's snippet is highlighted from
 * the story's text in the store, words of the body marked in every script, before and after a
 * rebuild; a public snippet shows nothing of a story killed since the index last looked.
 */
class SnippetsFromTheStoreIT {
  /** A word of each story's body only (never its headline), by language, and the body. */
  private static final Map<String, List<String>> BODIES =
      Map.of(
          "en", List.of("lighthouse", "The old lighthouse on the northern cape was restored."),
          "ko", List.of("질문", "기자들이 국회에서 예산안에 대해 질문했다."),
          "ja", List.of("説明", "記者会見で大臣は予算案について説明した。"),
          "zh", List.of("询问", "记者们在会上询问了预算问题。"),
          "ar", List.of("المكتبة", "افتتحت البلدية المكتبة الجديدة في وسط المدينة."),
          "fr", List.of("bibliothèque", "Le maire a inauguré la bibliothèque de Besançon."));

  @TempDir Path data;

  @Test
  void snippets_mark_body_words_in_every_script_and_the_index_holds_no_body_text()
      throws IOException {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC());
        Search search = TestSearch.over(w, data.resolve("search"), ZoneId.of("UTC"))) {
      w.changeLog().onCommit(seq -> search.changed());
      Instant at = Instant.parse("2026-03-01T09:00:00Z");
      BODIES.forEach(
          (lang, body) ->
              w.articles()
                  .publish(
                      content("Headline in " + lang, lang, body.get(1)), at, Optional.empty()));

      assertBodyWordsMarked(search);
      assertNoBodyStored();

      w.reindex().run(p -> {});
      search.catchUp(); // switches to the rebuilt index
      assertBodyWordsMarked(search);
      assertNoBodyStored();
    }
  }

  @Test
  void a_public_snippet_shows_nothing_of_a_story_killed_since_the_index_looked() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      // An index that follows the store only when told (this process's commits do not reach it).
      try (Search late = TestSearch.over(w, data.resolve("late"), ZoneId.of("UTC"))) {
        ArticleId id =
            w.articles()
                .publish(
                    content("Harbour news", "en", "The quay's lighthouse keeper retired."),
                    Instant.now(),
                    Optional.empty())
                .article()
                .id();
        late.catchUp();
        assertThat(marked(hitOf(late, "keeper", id))).contains("keeper");

        w.articles().kill(id);
        // The index has not looked yet: it still lists the story, but shows none of its text.
        Hit stale = hitOf(late, "harbour", id);
        assertThat(stale.snippet()).extracting(Span::text).noneMatch(t -> t.contains("keeper"));

        late.catchUp();
        assertThat(late.find(SearchQuery.reader("harbour")).results().total()).isZero();
      }
    }
  }

  private static ArticleContent content(String headline, String lang, String body) {
    return new ArticleContent(
        headline,
        "",
        lang,
        "",
        List.of("Reporter"),
        Optional.empty(),
        List.of(new Block.Paragraph(body)),
        List.of(),
        5);
  }

  private static void assertBodyWordsMarked(Search search) {
    BODIES.forEach(
        (lang, body) -> {
          var results = search.find(SearchQuery.reader(body.get(0))).results();
          assertThat(results.hits()).as(lang).hasSize(1);
          Hit hit = results.hits().get(0);
          assertThat(hit.headlineText()).isEqualTo("Headline in " + lang);
          assertThat(marked(hit)).as(lang).contains(body.get(0));
          assertThat(String.join("", hit.snippet().stream().map(Span::text).toList()))
              .as(lang)
              .isEqualTo(body.get(1));
        });
  }

  private static Hit hitOf(Search search, String word, ArticleId id) {
    var hits = search.find(SearchQuery.reader(word)).results().hits();
    assertThat(hits).extracting(Hit::articleId).containsExactly(id.value());
    return hits.get(0);
  }

  private static List<String> marked(Hit hit) {
    return hit.snippet().stream().filter(Span::marked).map(Span::text).toList();
  }

  /** No stored field of any document in any index folder holds a word of a body. */
  private void assertNoBodyStored() throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(data.resolve("search"))) {
      folders = s.filter(Files::isDirectory).toList();
    }
    int documents = 0;
    for (Path folder : folders) {
      try (var dir = FSDirectory.open(folder);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          Document d = stored.document(doc);
          List<String> values = new ArrayList<>();
          for (IndexableField f : d.getFields()) {
            if (f.stringValue() != null) {
              values.add(f.stringValue());
            }
          }
          for (List<String> body : BODIES.values()) {
            assertThat(values).noneMatch(v -> v.contains(body.get(0)));
          }
          documents++;
        }
      }
    }
    assertThat(documents).isGreaterThanOrEqualTo(BODIES.size());
  }
}
