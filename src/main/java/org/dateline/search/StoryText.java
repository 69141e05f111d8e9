package org.dateline.search;

import java.util.List;
import org.dateline.article.Block;

/**
 * A story's summary and body as stored, and whether it is public now (a public result's snippet
 * shows nothing of a story killed since the index last looked; decision 0094).
 */
public record StoryText(boolean isPublic, String summary, List<Block> body) {
  public StoryText {
    body = List.copyOf(body);
  }
}
