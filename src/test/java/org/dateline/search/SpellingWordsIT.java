package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.testing.TestSearch;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spelling words are public stories' headlines, summaries and names (decision 0106): a word of
 * a public body is never "corrected" and is suggested as one types, through the language fields; an
 * embargoed body's words are neither, before and after a rebuild.
 */
class SpellingWordsIT {
  @TempDir Path data;

  @Test
  void a_body_word_is_never_corrected_and_is_suggested_an_embargoed_one_neither() {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC());
        Search search = TestSearch.over(w, data.resolve("search"), ZoneId.of("UTC"))) {
      w.changeLog().onCommit(seq -> search.changed());
      Instant at = Instant.parse("2026-03-01T09:00:00Z");
      publish(w, "Quiet day at the harbour", "Boats stayed in.", at);
      publish(w, "Harbour reopens", "Fishermen returned.", at.plusSeconds(60));
      publish(w, "Fishing fleet returns", "The old harbor wall was rebuilt by masons.", at);
      w.articles()
          .embargo(
              content("Guild news", "The glassblower guild met."),
              Instant.now().plusSeconds(3600),
              "embargoed-1");

      assertWords(search);
      w.reindex().run(p -> {});
      search.catchUp(); // switches to the rebuilt index
      assertWords(search);
    }
  }

  private static void assertWords(Search search) {
    // "harbor" is in one public body only; "harbour", one edit away, in two headlines: a
    // correction would find more, but the word is a public story's and is left as typed.
    Search.Outcome harbor = search.find(SearchQuery.reader("harbor"));
    assertThat(harbor.results().total()).isEqualTo(1);
    assertThat(harbor.didYouMean()).isEmpty();
    assertThat(harbor.searchedInstead()).isEmpty();
    // A misspelling is still corrected toward the headlines' words.
    Search.Outcome typo = search.find(SearchQuery.reader("harbuor"));
    assertThat(typo.searchedInstead()).contains("harbour");
    assertThat(typo.results().total()).isEqualTo(2);
    // As one types: words of a body, the last one begun; a stop word before it narrows nothing.
    assertThat(stories(search, "old mas")).containsExactly("Fishing fleet returns");
    assertThat(stories(search, "the mason")).containsExactly("Fishing fleet returns");
    assertThat(stories(search, "harb"))
        .containsExactlyInAnyOrder(
            "Quiet day at the harbour", "Harbour reopens", "Fishing fleet returns");
    // An embargoed story's body: not found, not suggested, not a correction.
    assertThat(search.find(SearchQuery.reader("glassblower")).results().total()).isZero();
    assertThat(stories(search, "glassbl")).isEmpty();
    assertThat(search.find(SearchQuery.reader("glassblowr")).searchedInstead()).isEmpty();
  }

  private static List<String> stories(Search search, String typed) {
    return search.suggest(typed, 10).stream()
        .filter(s -> s.kind() == Suggestion.Kind.STORY)
        .map(Suggestion::label)
        .toList();
  }

  private static void publish(Wiring w, String headline, String body, Instant at) {
    w.articles().publish(content(headline, body), at, Optional.empty());
  }

  private static ArticleContent content(String headline, String body) {
    return new ArticleContent(
        headline,
        "",
        "en",
        "",
        List.of("Reporter"),
        Optional.empty(),
        List.of(new Block.Paragraph(body)),
        List.of(),
        5);
  }
}
