package org.dateline.readership;

import java.util.List;
import java.util.Map;

/** Views per story and hour, stored. */
public interface ViewRepository {
  /** Adds these counts to what is stored (a new row per story and hour, or a larger one). */
  void add(Map<HourOfStory, Long> counts);

  /**
   * The stories with the most views in the hours starting at or after {@code fromHour} (epoch
   * milliseconds), most first (ties: the higher id first), up to {@code limit}.
   */
  List<Long> top(long fromHour, int limit);

  /** Forgets the hours starting before {@code beforeHour}; how many rows went. */
  int forget(long beforeHour);

  /** One story's views in one hour (epoch milliseconds of the hour's start). */
  record HourOfStory(long articleId, long hourStart) {}
}
