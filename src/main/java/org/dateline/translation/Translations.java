package org.dateline.translation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.ActionTaken;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.storage.Transactions;

/**
 * Facade: translating a story into another edition and the notices that follow its source (decision
 * 0076). A translation is a draft on the target edition's desk, in the source's translation group
 * ({@code urn:dateline:translation:<uuid>}) and naming the story it was translated from; it goes
 * through the workflow like any story, and nothing here ever publishes. Correcting or killing a
 * story of a group leaves a notice on each other story of the group. Thread-safe.
 */
public final class Translations {
  /** The prefix of a translation group's id. */
  public static final String GROUP_PREFIX = "urn:dateline:translation:";

  private final Stories stories;
  private final Editions editions;
  private final NoticeRepository notices;
  private final Transactions tx;
  private final Clock clock;

  public Translations(
      Stories stories, Editions editions, NoticeRepository notices, Transactions tx, Clock clock) {
    this.stories = stories;
    this.editions = editions;
    this.notices = notices;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * A new draft translating the story into the edition of this code.
   *
   * @throws NotAllowed for a user who cannot edit every story (reporters)
   * @throws TranslationRefused for an unknown edition, the story's own, one that already holds a
   *     story of its group, or a killed story
   */
  public Story translate(long storyId, String editionCode, User user) {
    if (!user.can(Permission.EDIT_ANY)) {
      throw new NotAllowed("Only editors can translate a story.");
    }
    return tx.inTransaction(
        () -> {
          Story source = stories.get(storyId, user);
          Edition target =
              editions
                  .byCode(editionCode)
                  .orElseThrow(
                      () -> new TranslationRefused("There is no edition " + editionCode + "."));
          if (source.stage() == Stage.KILLED) {
            throw new TranslationRefused("A killed story is not translated.");
          }
          if (target.code().equals(source.edition())) {
            throw new TranslationRefused(
                "The story is in the " + target.name() + " edition already; choose another.");
          }
          for (Story s : group(source)) {
            if (s.edition().equals(target.code())) {
              throw new TranslationRefused(
                  "The "
                      + target.name()
                      + " edition has this story already (story "
                      + s.id()
                      + "); open it there.");
            }
          }
          String group =
              source.translationGroup().orElseGet(() -> GROUP_PREFIX + UUID.randomUUID());
          return stories.createTranslation(source.id(), target.code(), group, user);
        });
  }

  /** Every story of the story's translation group but itself, by id; none without a group. */
  public List<Story> group(Story story) {
    return story
        .translationGroup()
        .map(g -> stories.inTranslationGroup(g).stream().filter(s -> s.id() != story.id()).toList())
        .orElse(List.of());
  }

  /** The story a translation was made from, if it is one (and its source still exists). */
  public Optional<Story> source(Story story) {
    return story.translatedFrom().flatMap(stories::find);
  }

  /**
   * Follows the workflow (registered with {@code Workflow.onAction}): a correction or a kill of a
   * story that has translations leaves a notice on each of them, in the action's transaction.
   */
  public void followed(ActionTaken taken) {
    Notice.Kind kind =
        switch (taken.action()) {
          case CORRECT -> Notice.Kind.CORRECTED;
          case KILL -> Notice.Kind.KILLED;
          default -> null;
        };
    if (kind == null) {
      return;
    }
    for (Story other : group(taken.story())) {
      notices.add(other.id(), taken.story().id(), kind, taken.note(), taken.at());
    }
  }

  /** The open notices on one story, newest first. */
  public List<Notice> openOn(long storyId) {
    return notices.open(Set.of(storyId));
  }

  /**
   * The open notices on the desk of an edition (every edition when empty) that this user may see:
   * editors every story's, reporters their own stories', newest first.
   */
  public List<Notice> openFor(User user, Optional<String> edition, int limit) {
    return notices.open(limit).stream()
        .filter(
            n -> {
              Optional<Story> s = stories.find(n.storyId());
              return s.isPresent()
                  && (user.can(Permission.EDIT_ANY) || s.get().createdBy() == user.id())
                  && edition.map(e -> e.equals(s.get().edition())).orElse(true);
            })
        .sorted(Comparator.comparing(Notice::at).reversed())
        .toList();
  }

  /**
   * Dismisses a notice, by someone who may open its story.
   *
   * @throws TranslationRefused when there is no such open notice
   */
  public void dismiss(long storyId, int n, User user) {
    stories.get(storyId, user); // reporters only their own stories
    if (!notices.dismiss(storyId, n, user.id(), clock.instant())) {
      throw new TranslationRefused("That notice is not open any more.");
    }
  }

  /** The ids of stories with open notices among these. */
  public Set<Long> withNotices(Set<Long> storyIds) {
    Set<Long> out = new HashSet<>();
    notices.open(storyIds).forEach(n -> out.add(n.storyId()));
    return out;
  }
}
