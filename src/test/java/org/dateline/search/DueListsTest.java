package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The related stories' keeper gathers the stories whose lists are due between two rounds (decision
 * 0121): each once, at its newest change, and no more than may wait.
 */
class DueListsTest {
  @Test
  void the_first_changes_after_a_round_ask_for_one_and_later_ones_join_it() {
    DueLists due = new DueLists(10);

    assertThat(due.add(Map.of(1L, 5L))).isEqualTo(DueLists.Added.FIRST);
    assertThat(due.add(Map.of(2L, 6L))).isEqualTo(DueLists.Added.GATHERED);

    Map<Long, Long> round = due.take();
    assertThat(round).containsExactly(Map.entry(1L, 5L), Map.entry(2L, 6L));
    // A change after the round took the others asks for the next round
    assertThat(due.add(Map.of(3L, 7L))).isEqualTo(DueLists.Added.FIRST);
  }

  @Test
  void a_story_changed_several_times_is_due_once_at_its_newest_change() {
    DueLists due = new DueLists(10);
    due.add(Map.of(1L, 5L));
    due.add(Map.of(1L, 9L, 2L, 6L));
    due.add(Map.of(1L, 7L));

    assertThat(due.take()).containsOnly(Map.entry(1L, 9L), Map.entry(2L, 6L));
    assertThat(due.take()).isEmpty();
  }

  @Test
  void no_more_than_the_most_wait_counting_those_a_round_is_computing() {
    DueLists due = new DueLists(3);
    due.add(Map.of(1L, 1L, 2L, 2L));
    Map<Long, Long> computing = due.take();

    // Two are being computed: two more would be four waiting
    assertThat(due.add(Map.of(3L, 3L, 4L, 4L))).isEqualTo(DueLists.Added.FULL);
    assertThat(due.add(Map.of(3L, 3L))).isEqualTo(DueLists.Added.FIRST);

    // Once the round is done, there is room again
    due.done(computing);
    assertThat(due.add(Map.of(4L, 4L, 5L, 5L))).isEqualTo(DueLists.Added.GATHERED);
    assertThat(due.take()).containsOnlyKeys(3L, 4L, 5L);
  }
}
