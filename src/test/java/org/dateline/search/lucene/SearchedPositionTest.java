package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.search.SearchIndex;
import org.dateline.testing.WireSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What searches see is the applied position as of the last reader refresh, not the applied one: a
 * related list computed between an apply and the refresh that makes it searchable is kept with the
 * position it really holds, so the keeper computes it again once the change is searchable (a list
 * stamped with the applied position kept missing a newer story for good: BackupRoundTripIT).
 */
class SearchedPositionTest {
  @TempDir Path search;

  @Test
  void a_change_is_searched_from_the_refresh_after_its_apply_and_its_position_with_it() {
    try (SearchIndex index =
        LuceneSearch.open(search, ZoneId.of("Asia/Seoul"), Clock.systemUTC())) {
      // Given a story applied at position 3 but not yet refreshed
      index.apply(List.of(WireSamples.everything(), copy(4245)), List.of(), 3);

      // Then the index holds position 3, but searches see neither the story nor the position
      assertThat(index.position()).isEqualTo(3);
      assertThat(index.searchedPosition()).isZero();
      assertThat(index.related(WireSamples.everything(), 10)).isEmpty();

      // When the reader is refreshed, both are seen
      index.refresh();
      assertThat(index.searchedPosition()).isEqualTo(3);
      assertThat(index.related(WireSamples.everything(), 10)).containsExactly(4245L);
    }
  }

  @Test
  void an_opened_index_is_searched_at_its_committed_position() {
    try (SearchIndex index =
        LuceneSearch.open(search, ZoneId.of("Asia/Seoul"), Clock.systemUTC())) {
      index.apply(List.of(WireSamples.everything(), copy(4245)), List.of(), 5);
      index.commit();
    }
    try (SearchIndex index =
        LuceneSearch.open(search, ZoneId.of("Asia/Seoul"), Clock.systemUTC())) {
      assertThat(index.searchedPosition()).isEqualTo(5);
      assertThat(index.related(WireSamples.everything(), 10)).containsExactly(4245L);
    }
  }

  /** The sample story published again under another id (related stories need two of a subject). */
  private static Article copy(long id) {
    Article a = WireSamples.everything();
    return new Article(
        new ArticleId(id),
        a.slug(),
        a.content(),
        a.section(),
        a.authors(),
        a.tags(),
        a.state(),
        a.firstPublishedAt(),
        a.updatedAt(),
        a.version(),
        Optional.empty(),
        a.embargoUntil(),
        a.correction(),
        a.edition());
  }
}
