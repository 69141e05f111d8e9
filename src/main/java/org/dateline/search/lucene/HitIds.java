package org.dateline.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Reads the ids of top hits. Stateless. */
final class HitIds {
  private HitIds() {}

  /** The hits' ids (article or newsroom story) from the {@code ID_SORT} doc values. */
  static List<Long> of(IndexSearcher s, TopDocs top) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<Long> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), Documents.ID_SORT);
      if (values.advanceExact(sd.doc - leaf.docBase)) {
        ids.add(values.longValue());
      }
    }
    return ids;
  }
}
