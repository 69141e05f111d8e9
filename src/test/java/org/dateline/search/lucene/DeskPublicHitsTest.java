package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Tag;
import org.dateline.search.DeskEntry;
import org.dateline.search.DeskSearch;
import org.dateline.search.SearchIndex;
import org.dateline.section.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's public part searched the new way (the words alone, the filter asked about what could
 * enter the top: {@link FilteredTop}, decision 0133) finds the same stories in the same order as
 * the old way (one conjunction, {@link Queries#deskPublic} with a best-first collector), on an
 * index of a few hundred public stories and newsroom drafts written from a small vocabulary in
 * several scripts, so that thousands of scores tie as on the generated stores: every word and
 * syntax the desk takes, with and without a section, at several list lengths.
 */
class DeskPublicHitsTest {
  private static final String[] WORDS = {
    "olympic",
    "economy",
    "election",
    "seoul",
    "climate",
    "change",
    "market",
    "chips",
    "Zoë",
    "Ångström",
    "서울",
    "경제",
    "選挙",
    "東京",
    "经济",
    "市场",
    "الاقتصاد",
    "café"
  };
  private static final String[] SECTIONS = {"Economy", "Sport", "World"};
  private static final ArticleState[] STATES = {
    ArticleState.PUBLISHED, ArticleState.PUBLISHED, ArticleState.PUBLISHED, ArticleState.KILLED
  };

  @TempDir Path search;

  @Test
  void the_words_alone_with_the_filter_at_collection_list_what_the_conjunction_listed()
      throws IOException {
    // Given 400 public stories (a quarter killed) and 150 newsroom drafts of the same words
    try (SearchIndex index =
        LuceneSearch.open(search, ZoneId.of("Asia/Seoul"), Clock.systemUTC())) {
      List<Article> stories = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        stories.add(story(i));
      }
      index.apply(stories.subList(0, 250), List.of(), 1);
      index.refresh(); // two segments at least, as a followed index has
      index.apply(stories.subList(250, 400), List.of(), 2);
      List<DeskEntry> drafts = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        drafts.add(draft(i));
      }
      index.applyDesk(drafts, Instant.parse("2026-11-01T00:00:00Z").toEpochMilli());
      index.commit();
    }
    Queries queries = new Queries(Analyzers.perField());
    List<String> texts = new ArrayList<>(List.of(WORDS));
    texts.addAll(
        List.of(
            "olympic economy",
            "seoul market chips",
            "\"climate change\"",
            "olympic -economy",
            "-olympic",
            "olym*",
            "author:kim",
            "section:economy",
            "headline:seoul",
            "서울 경제",
            "nothing-like-this",
            "seoul AND (chips OR market)"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation()))) {
      IndexSearcher s = new IndexSearcher(reader);
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      int compared = 0;
      int nonEmpty = 0;
      for (String text : texts) {
        for (Optional<String> section :
            List.of(Optional.<String>empty(), Optional.of("Economy"), Optional.of("Sport"))) {
          for (int n : new int[] {1, 3, 10, 50}) {
            DeskSearch q = new DeskSearch(text, Optional.empty(), section, Optional.empty(), 50, n);
            Query words = queries.text(q.text());
            List<Long> old =
                HitIds.of(
                    s,
                    s.search(Queries.deskPublic(q, words), new TopScoreDocCollectorManager(n, n)));
            List<Long> now =
                HitIds.of(s, FilteredTop.search(s, words, Queries.deskPublicFilter(q), n));
            // Then the same stories in the same order
            assertThat(now).as("%s, %s, top %d", text, section, n).isEqualTo(old);
            compared++;
            nonEmpty += old.isEmpty() ? 0 : 1;
          }
        }
      }
      assertThat(compared).isEqualTo(texts.size() * 3 * 4);
      assertThat(nonEmpty).isGreaterThan(compared / 2); // the comparison is not of empty lists
    }
  }

  private Path generation() throws IOException {
    try (Stream<Path> folders = Files.list(search)) {
      return folders
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("g\\d+"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** A story of three or four words of the vocabulary, some repeated, in one of six scripts. */
  private static Article story(int i) {
    String headline = words(i, 3);
    String body = words(i * 7 + 1, 5 + i % 4) + ". " + words(i * 3 + 2, 2 + i % 3);
    Section section =
        new Section(1 + i % 3, SECTIONS[i % 3].toLowerCase(Locale.ROOT), SECTIONS[i % 3], 1);
    return new Article(
        new ArticleId(1000 + i),
        "story-" + i,
        new ArticleContent(
            headline,
            "",
            List.of("en", "ko", "ja", "zh", "ar", "fr").get(i % 6),
            section.name(),
            List.of(i % 2 == 0 ? "Kim Min-jun" : "Zoë Ångström"),
            Optional.empty(),
            List.of(new Block.Paragraph(body)),
            List.of(),
            2),
        Optional.of(section),
        List.of(
            i % 2 == 0
                ? new Author(1, "kim-min-jun", "Kim Min-jun")
                : new Author(2, "zoe-angstrom", "Zoë Ångström")),
        List.of(new Tag(1 + i % 2, "tag-" + i % 2, i % 2 == 0 ? "서울" : "Trade")),
        STATES[i % STATES.length],
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * (i % 50)),
        Optional.empty(),
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "en");
  }

  private static DeskEntry draft(int i) {
    return new DeskEntry(
        5000 + i,
        List.of("draft", "submitted").get(i % 2),
        1 + i % 3,
        words(i * 5, 3),
        "",
        List.of(new Block.Paragraph(words(i * 11 + 3, 6))),
        SECTIONS[i % 3],
        List.of("Kim Min-jun"),
        "en",
        Instant.parse("2026-10-01T00:00:00Z").plusSeconds(60L * i));
  }

  private static String words(int seed, int count) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < count; k++) {
      b.append(k == 0 ? "" : " ")
          .append(WORDS[Math.floorMod(seed * 31 + k * k * 7 + k, 9 + seed % 9)]);
    }
    return b.toString();
  }
}
