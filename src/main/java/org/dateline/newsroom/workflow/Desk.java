package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;

/**
 * Facade: the desk's lists beyond one stage, and its counts. The Published tab holds every public
 * story whatever its origin (an import or the demo has no newsroom story until an editor opens it);
 * All holds every newsroom story and every public story without one. Reporters see only their own
 * stories, in every list and count. Thread-safe.
 */
public final class Desk {
  /**
   * Someone counts as in a story this long after their page's last heartbeat (every 10 seconds);
   * leaving the page ends it at once (decision 0036).
   */
  public static final Duration PRESENCE_WINDOW = Duration.ofSeconds(30);

  private final DeskRepository repository;
  private final Clock clock;

  public Desk(DeskRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The user has the story open now (the page was opened, or its heartbeat came). */
  public void enter(long storyId, User user) {
    repository.present(storyId, user.id(), clock.instant());
  }

  /** The user left the story's page. */
  public void leave(long storyId, User user) {
    repository.left(storyId, user.id());
  }

  /** Everyone else in the story now, by name, first comer first. */
  public List<String> othersIn(long storyId, User user) {
    return repository.presentSince(storyId, user.id(), clock.instant().minus(PRESENCE_WINDOW));
  }

  /** A page of the Published or All tab, newest first. */
  public List<DeskEntry> live(LiveQuery query, User user, int limit) {
    LiveQuery q = user.can(Permission.EDIT_ANY) ? query : query.forOwner(user.id());
    if (q.publishedOnly() && q.section().isPresent() && q.sectionId().isEmpty()) {
      return List.of(); // no section has that name
    }
    return repository.live(q, limit);
  }

  /** The counts of every tab, as this user sees them, over every edition. */
  public DeskCounts counts(User user) {
    return counts(user, Optional.empty());
  }

  /**
   * The counts of every tab, as this user sees them, of the desk of one edition (its code) or of
   * every edition when empty (decision 0087).
   */
  public DeskCounts counts(User user, Optional<String> edition) {
    // One read of the counts the store keeps (decision 0096), never a count of the stories.
    if (user.can(Permission.EDIT_ANY)) {
      DeskRepository.Tally all = repository.tally(Optional.empty(), edition);
      int stories = all.byStage().values().stream().mapToInt(Integer::intValue).sum();
      return new DeskCounts(all.byStage(), all.published(), stories + all.unclaimed());
    }
    Map<Stage, Integer> own = repository.tally(Optional.of(user.id()), edition).byStage();
    return new DeskCounts(
        own,
        own.getOrDefault(Stage.PUBLISHED, 0),
        own.values().stream().mapToInt(Integer::intValue).sum());
  }

  /**
   * The desk rows of the stories of these ids that this user may see (reporters their own), by id,
   * in one read, without the drafts of those not published (decision 0109).
   */
  public Map<Long, DeskStory> rows(Collection<Long> ids, User user) {
    Map<Long, DeskStory> found = repository.rows(ids);
    if (user.can(Permission.EDIT_ANY)) {
      return found;
    }
    Map<Long, DeskStory> own = new HashMap<>();
    found.forEach(
        (id, s) -> {
          if (s.createdBy() == user.id()) {
            own.put(id, s);
          }
        });
    return own;
  }

  /** A stage tab's rows, newest change first; reporters see only their own. */
  public List<DeskStory> tab(DeskQuery query, User user, int limit) {
    DeskQuery q = user.can(Permission.EDIT_ANY) ? query : query.forOwner(user.id());
    return repository.tab(q, limit);
  }

  /** Everyone else in each of these stories now, by story id (absent: nobody), in one read. */
  public Map<Long, List<String>> othersIn(Collection<Long> storyIds, User user) {
    return repository.presentSince(storyIds, user.id(), clock.instant().minus(PRESENCE_WINDOW));
  }
}
