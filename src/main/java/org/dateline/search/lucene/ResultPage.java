package org.dateline.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.dateline.search.SearchIndex.Texts;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.search.SearchResults.Hit;
import org.dateline.search.StoryText;

/**
 * One page of search results on an acquired searcher, for {@link LuceneIndex#search}: the top
 * documents with the facets' collector, the page's hits' stored fields, their texts read from the
 * store in one call (the index stores no body, decision 0094) and highlighted.
 */
final class ResultPage {
  private ResultPage() {}

  static SearchResults read(
      Generation.FacetSearcher s,
      Queries.Built built,
      SearchQuery q,
      int n,
      Sort sort,
      Texts texts,
      Snippets snippets)
      throws IOException {
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(
            s, built.query(), n, sort, true, new FacetsCollectorManager());
    TopDocs top = r.topDocs();
    FacetsCollector fc = r.facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits;
    }
    List<Document> docs = new ArrayList<>();
    var stored = s.storedFields();
    for (int i = (q.page() - 1) * q.pageSize(); i < top.scoreDocs.length; i++) {
      docs.add(stored.document(top.scoreDocs[i].doc, HIT_FIELDS));
    }
    // The page's texts in one read of the store (the index stores no body, decision 0094).
    Map<Long, StoryText> found =
        docs.isEmpty() ? Map.of() : texts.of(docs.stream().map(ResultPage::id).toList());
    boolean publicOnly = q.audience() == SearchQuery.Audience.PUBLIC;
    List<Hit> hits = new ArrayList<>();
    for (Document d : docs) {
      StoryText t = found.get(id(d));
      // A story gone or no longer public since the index looked: no text from the store.
      String text =
          t == null || (publicOnly && !t.isPublic()) ? "" : Documents.text(t.summary(), t.body());
      hits.add(hit(d, built, text, snippets));
    }
    return new SearchResults(total, hits, FacetCounts.of(s, fc), Optional.empty());
  }

  /** The stored fields a hit shows. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Documents.ID,
          Documents.ANALYSIS,
          Documents.SECTION_NAME,
          Documents.SLUG,
          Documents.HEADLINE,
          Documents.LANG,
          Documents.STATE,
          Documents.PUBLISHED);

  private static long id(Document d) {
    return Long.parseLong(d.get(Documents.ID));
  }

  private static Hit hit(Document d, Queries.Built built, String text, Snippets snippets) {
    String lang = d.get(Documents.ANALYSIS);
    String sectionName = d.get(Documents.SECTION_NAME);
    return new Hit(
        id(d),
        d.get(Documents.SLUG),
        snippets.headline(built.match(), lang, d.get(Documents.HEADLINE)),
        snippets.passages(built.match(), lang, text),
        sectionName == null ? "" : sectionName,
        d.get(Documents.LANG),
        d.get(Documents.STATE),
        Instant.ofEpochMilli(d.getField(Documents.PUBLISHED).numericValue().longValue()));
  }
}
