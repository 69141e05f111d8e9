package org.dateline.search;

import java.util.Collection;
import java.util.Map;

/**
 * Port: the text of stories as the store holds it now, read for a page of results in one statement.
 * The index keeps no copy of a story's body (decision 0094): a result's snippet is highlighted from
 * this text.
 */
public interface StoryTexts {
  /** The stories among {@code ids} (article ids) that exist, by id; unknown ids are absent. */
  Map<Long, StoryText> of(Collection<Long> ids);
}
