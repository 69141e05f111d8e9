package org.dateline.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dateline.article.Block;

/**
 * Port: the text of stories as the store holds it now, read for a page of results in one statement.
 * The index keeps no copy of a story's body (decision 0094): a result's snippet is highlighted from
 * this text.
 */
public interface StoryTexts {
  /** The stories among {@code ids} (article ids) that exist, by id; unknown ids are absent. */
  Map<Long, Text> of(Collection<Long> ids);

  /**
   * A story's summary and body as stored, and whether it is public now (a public result's snippet
   * shows nothing of a story killed since the index last looked).
   */
  record Text(boolean isPublic, String summary, List<Block> body) {
    public Text {
      body = List.copyOf(body);
    }
  }
}
