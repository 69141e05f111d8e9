package org.dateline.newsroom.workflow;

import java.util.Locale;
import java.util.Optional;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;

/**
 * The one rule of who may see, write and change a story: reporters see and edit their own drafts,
 * editors any story that is not killed. Behind {@link Stories}; stateless.
 */
final class EditRule {
  private EditRule() {}

  /**
   * The story, if this user may see it (reporters see their own).
   *
   * @throws NotAllowed when they may not
   */
  static Story visible(Story s, User user) {
    if (!user.can(Permission.EDIT_ANY) && s.createdBy() != user.id()) {
      throw new NotAllowed("Reporters can open only their own stories.");
    }
    return s;
  }

  static void requireWriter(User user) {
    if (!user.can(Permission.WRITE_OWN)) {
      throw new NotAllowed("Your role cannot write stories.");
    }
  }

  static void requireEditable(Story s, User user) {
    Optional<RuntimeException> refusal = refusal(s, user);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** Why this user may not change the story now (save, restore), or empty when they may. */
  static Optional<RuntimeException> refusal(Story s, User user) {
    if (s.stage() == Stage.KILLED) {
      return Optional.of(
          new WorkflowRefused("A killed story cannot be changed; an editor can reinstate it."));
    }
    if (user.can(Permission.EDIT_ANY)) {
      return Optional.empty();
    }
    if (s.createdBy() != user.id()) {
      return Optional.of(new NotAllowed("Reporters can change only their own stories."));
    }
    if (s.stage() != Stage.DRAFT) {
      return Optional.of(
          new NotAllowed(
              "This story is with the desk now ("
                  + s.stage().label().toLowerCase(Locale.ROOT)
                  + "); an editor can change it."));
    }
    return Optional.empty();
  }
}
