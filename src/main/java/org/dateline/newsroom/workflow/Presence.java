package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.util.Optional;
import org.dateline.newsroom.auth.User;

/**
 * Who has a story open (decision 0036): noted when someone opens or saves it, counted for {@link
 * Stories#EDITING_WINDOW} after. Behind {@link Stories}. Thread-safe (holds no state of its own).
 */
final class Presence {
  private final StoryRepository repository;
  private final Clock clock;

  Presence(StoryRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Notes that the user has the story open now. */
  void opened(long id, User user) {
    repository.setEditing(id, user.id(), clock.instant());
  }

  /** Whether someone other than {@code user} has the story open now. */
  Optional<Story.Editing> someoneElse(Story s, User user) {
    return s.editing()
        .filter(e -> e.userId() != user.id())
        .filter(e -> e.since().isAfter(clock.instant().minus(Stories.EDITING_WINDOW)));
  }
}
