package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Tag;
import org.dateline.search.DeskEntry;
import org.dateline.search.SearchIndex;
import org.dateline.section.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories' more-like-this and topic searches the new way (the words alone, the filter asked
 * about what could enter the top: {@link Related.Candidates#WORDS_ALONE}, decision 0136) find the
 * same documents with the same scores in the same order as the old conjunction ({@code +query
 * #public -self}), and {@link Related#find} lists the same related stories, for every story of an
 * index of a few hundred stories in six scripts (a third embargoed or killed, newsroom drafts
 * beside them, three segments) written from small vocabularies so that scores tie.
 */
class RelatedCandidatesTest {
  /** Per language: its words (Latin with accents, Korean, Japanese, Chinese, Arabic). */
  private static final List<List<String>> VOCABULARY =
      List.of(
          List.of(
              "olympic", "economy", "election", "harbour", "ferry", "climate", "market", "chips"),
          List.of("서울", "경제", "선거", "정부", "시장", "항구", "기후", "반도체"),
          List.of("東京", "選挙", "経済", "市場", "政府", "港", "気候", "半導体"),
          List.of("经济", "市场", "政府", "选举", "北京", "港口", "气候", "芯片"),
          List.of("الاقتصاد", "الانتخابات", "الحكومة", "السوق", "الميناء", "المناخ", "القاهرة"),
          List.of("café", "élection", "économie", "marché", "Zoë", "Ångström", "ferry", "Genève"));

  private static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh", "ar", "fr");
  private static final String[] SECTIONS = {"Economy", "Sport", "World"};
  private static final String[] TOPICS = {"서울", "Trade", "Élection", "経済", "Climate"};

  /** Five states against six languages: every language has public and hidden stories. */
  private static final ArticleState[] STATES = {
    ArticleState.PUBLISHED,
    ArticleState.PUBLISHED,
    ArticleState.PUBLISHED,
    ArticleState.EMBARGOED,
    ArticleState.KILLED
  };

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @TempDir Path search;

  @Test
  void the_words_alone_with_the_filter_at_collection_find_what_the_conjunction_found()
      throws IOException {
    // Given 600 stories in six scripts (a fifth embargoed, a fifth killed), in three segments,
    // and 150 newsroom drafts of the same words
    List<Article> stories = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      stories.add(story(i));
    }
    try (SearchIndex index =
        LuceneSearch.open(search, ZoneId.of("Asia/Seoul"), Clock.systemUTC())) {
      index.apply(stories.subList(0, 250), List.of(), 1);
      index.refresh();
      index.apply(stories.subList(250, 450), List.of(), 2);
      index.refresh();
      index.apply(stories.subList(450, 600), List.of(), 3);
      List<DeskEntry> drafts = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        drafts.add(draft(i));
      }
      index.applyDesk(drafts, Instant.parse("2026-05-01T00:00:00Z").toEpochMilli());
      index.commit();
    }
    Set<Long> publicIds = new HashSet<>();
    stories.stream()
        .filter(a -> a.state() == ArticleState.PUBLISHED)
        .forEach(a -> publicIds.add(a.id().value()));
    Analyzer analyzer = Analyzers.perField();
    Related old = new Related(analyzer, Related.Candidates.CONJUNCTION);
    Related now = new Related(analyzer, Related.Candidates.WORDS_ALONE);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation()))) {
      IndexSearcher s = new IndexSearcher(reader);
      assertThat(reader.leaves()).hasSizeGreaterThan(2);
      int searches = 0;
      int nonEmpty = 0;
      int ties = 0;
      int disjunctions = 0;
      int lists = 0;
      for (Article a : stories) {
        Related.Story story = Related.Story.of(a);
        // When the more-like-this and topic candidates are searched both ways
        Document own =
            s.storedFields()
                .document(
                    s.search(new TermQuery(Documents.key(a.id().value())), 1).scoreDocs[0].doc);
        Query like = now.like(s, own, story);
        disjunctions += like instanceof BooleanQuery b && b.clauses().size() > 1 ? 1 : 0;
        List<Query> queries = new ArrayList<>(List.of(like));
        if (!story.topics().isEmpty()) {
          queries.add(Related.anyTopic(story));
        }
        for (Query q : queries) {
          for (int n : new int[] {1, 5, 30}) {
            List<Hit> before = hits(Related.Candidates.CONJUNCTION.best(s, q, story, n));
            List<Hit> after = hits(Related.Candidates.WORDS_ALONE.best(s, q, story, n));
            // Then the same documents, with the same scores, in the same order
            assertThat(after).as("story %d, %s, top %d", a.id().value(), q, n).isEqualTo(before);
            searches++;
            nonEmpty += before.isEmpty() ? 0 : 1;
            for (int k = 1; k < before.size(); k++) {
              ties += before.get(k).score() == before.get(k - 1).score() ? 1 : 0;
            }
          }
        }
        // And the same related stories: public ones, never the story itself
        for (int limit : new int[] {3, 10}) {
          List<Long> listed = now.find(s, story, limit, NOW);
          assertThat(listed)
              .as("story %d, %d related", a.id().value(), limit)
              .isEqualTo(old.find(s, story, limit, NOW));
          assertThat(publicIds).containsAll(listed);
          assertThat(listed).doesNotContain(a.id().value());
          lists += listed.isEmpty() ? 0 : 1;
        }
      }
      // The comparison is of real lists: most searches found something, scores tied often,
      // more-like-this was a disjunction of several words (the case the new way changes)
      assertThat(searches).isGreaterThan(600 * 3);
      assertThat(nonEmpty).isGreaterThan(searches * 9 / 10);
      assertThat(ties).isGreaterThan(searches);
      assertThat(disjunctions).isGreaterThan(600 * 9 / 10);
      assertThat(lists).isGreaterThan(600 * 2 * 9 / 10);
    }
  }

  /** A hit as the comparison sees it: the document and its exact score. */
  private record Hit(int doc, float score) {}

  private static List<Hit> hits(ScoreDoc[] top) {
    List<Hit> hits = new ArrayList<>(top.length);
    for (ScoreDoc sd : top) {
      hits.add(new Hit(sd.doc, sd.score));
    }
    return hits;
  }

  private Path generation() throws IOException {
    try (Stream<Path> folders = Files.list(search)) {
      return folders
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("g\\d+"))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * A story of a few words of its language's vocabulary, some repeated, with zero to two topics; a
   * story in seven has no section. Publication times repeat, so that equal related scores are
   * ordered by id.
   */
  private static Article story(int i) {
    int language = i % 6;
    List<String> words = VOCABULARY.get(language);
    String headline = words(words, i, 3);
    String body = words(words, i * 7 + 1, 5 + i % 4) + ". " + words(words, i * 3 + 2, 2 + i % 3);
    Optional<Section> section =
        i % 7 == 3
            ? Optional.empty()
            : Optional.of(
                new Section(
                    1 + (i / 6) % 3,
                    SECTIONS[(i / 6) % 3].toLowerCase(Locale.ROOT),
                    SECTIONS[(i / 6) % 3],
                    1));
    List<Tag> tags = new ArrayList<>();
    for (int t = 0; t < i % 3; t++) {
      int topic = (i / 3 + t * 2) % TOPICS.length;
      tags.add(new Tag(1 + topic, "topic-" + topic, TOPICS[topic]));
    }
    return new Article(
        new ArticleId(1000 + i),
        "story-" + i,
        new ArticleContent(
            headline,
            i % 5 == 0 ? words(words, i + 4, 2) : "",
            LANGUAGES.get(language),
            section.map(Section::name).orElse(""),
            List.of(i % 2 == 0 ? "Kim Min-jun" : "Zoë Ångström"),
            Optional.empty(),
            List.of(new Block.Paragraph(body)),
            List.of(),
            2),
        section,
        List.of(
            i % 2 == 0
                ? new Author(1, "kim-min-jun", "Kim Min-jun")
                : new Author(2, "zoe-angstrom", "Zoë Ångström")),
        tags,
        STATES[i % STATES.length],
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * (i % 40)),
        Optional.empty(),
        1,
        Optional.empty(),
        STATES[i % STATES.length] == ArticleState.EMBARGOED
            ? Optional.of(NOW.plusSeconds(86_400))
            : Optional.empty(),
        Optional.empty(),
        "en");
  }

  private static DeskEntry draft(int i) {
    List<String> words = VOCABULARY.get(i % 6);
    return new DeskEntry(
        5000 + i,
        List.of("draft", "submitted").get(i % 2),
        1 + i % 3,
        words(words, i * 5, 3),
        "",
        List.of(new Block.Paragraph(words(words, i * 11 + 3, 6))),
        SECTIONS[i % 3],
        List.of("Kim Min-jun"),
        LANGUAGES.get(i % 6),
        Instant.parse("2026-05-01T00:00:00Z").plusSeconds(60L * i));
  }

  private static String words(List<String> vocabulary, int seed, int count) {
    StringBuilder b = new StringBuilder();
    int size = vocabulary.size();
    for (int k = 0; k < count; k++) {
      b.append(k == 0 ? "" : " ")
          .append(vocabulary.get(Math.floorMod(seed * 31 + k * k * 7 + k, size - seed % 3)));
    }
    return b.toString();
  }
}
