package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dateline.article.ArticleContent;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.shared.Text;
import org.dateline.storage.Transactions;

/**
 * Facade: the only way a story changes stage. Each action is looked up in {@link Transitions},
 * checked against the user's role and ownership, carried out on the public record through {@link
 * Articles} (which writes the change log), and written to the audit trail — all in one transaction.
 * Thread-safe.
 */
public final class Workflow {
  private final StoryRepository repository;
  private final Stories stories;
  private final ActionEffects effects;
  private final Transactions tx;
  private final Clock clock;
  private final StoryNotes notes;
  private final List<Consumer<ActionTaken>> listeners = new CopyOnWriteArrayList<>();

  public Workflow(
      StoryRepository repository,
      Stories stories,
      Articles articles,
      Editions editions,
      Transactions tx,
      Clock clock,
      StoryNotes notes) {
    this.notes = notes;
    this.repository = repository;
    this.stories = stories;
    this.effects = new ActionEffects(articles, editions, clock);
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Hears every action carried out, inside its transaction (the translations' notices, decision
   * 0076): a listener that throws refuses the action.
   */
  public void onAction(Consumer<ActionTaken> listener) {
    listeners.add(listener);
  }

  /** What an action needs besides the story: a time (schedule, embargo) or a note (correct). */
  public record Request(Action action, Optional<Instant> at, String note) {
    public Request {
      note = Text.lines(note);
    }

    public static Request of(Action action) {
      return new Request(action, Optional.empty(), "");
    }
  }

  /** The actions this user may take on this story now, in table order. */
  public List<Action> available(Story story, User user) {
    return Transitions.from(story.stage()).stream()
        .filter(t -> allowed(t, story, Optional.of(user)))
        .map(Transitions.Transition::action)
        .filter(a -> a != Action.PUBLISH || story.stage() != Stage.SCHEDULED)
        .toList();
  }

  /** What the editor had on screen when an action was asked for: a draft on a base version. */
  public record Edit(int baseVersion, Draft draft) {}

  /**
   * The result of {@link #act}: the story after the action, or the refusal (with the form field it
   * is about: {@code note}, {@code at}, or empty).
   */
  public record Outcome(Optional<Story> story, String refusal, String field) {
    public boolean refused() {
      return story.isEmpty();
    }
  }

  /**
   * Saves the editor's edit (when it changed the story) and applies the action, in one transaction:
   * a refused action writes nothing, not even the edit it came with. A stale base still throws
   * {@link StaleVersion}; a refusal of the action comes back as an {@link Outcome}. Call it outside
   * any open unit of work, so that the refusal rolls back.
   */
  public Outcome act(long storyId, Optional<Edit> edit, Request request, User user) {
    try {
      Story after =
          tx.inTransaction(
              () -> {
                Story story = stories.get(storyId, user);
                if (edit.isPresent()
                    && story.stage() != Stage.KILLED
                    && !edit.get().draft().equals(story.draft())) {
                  stories.save(
                      storyId,
                      edit.get().baseVersion(),
                      edit.get().draft(),
                      user,
                      "saved with " + request.action().code());
                }
                return apply(storyId, request, Optional.of(user));
              });
      return new Outcome(Optional.of(after), "", "");
    } catch (WorkflowRefused e) {
      return new Outcome(Optional.empty(), String.valueOf(e.getMessage()), e.field());
    }
  }

  /** What became of one story of a bulk action: its headline, and the refusal if it was refused. */
  public record Each(long storyId, String headline, Optional<String> refusal) {}

  /**
   * The desk's bulk action: the same action on each story, each its own {@link #act} (its own
   * transaction, no edit), so one refusal (an incomplete draft, a story moved meanwhile, a story
   * this user may not touch or that is gone) stops nothing else.
   */
  public List<Each> actOnEach(List<Long> storyIds, Request request, User user) {
    List<Each> out = new ArrayList<>();
    for (long id : storyIds) {
      String headline =
          repository
              .byId(id)
              .map(s -> s.draft().headline().isEmpty() ? "(no headline yet)" : s.draft().headline())
              .orElse("Story #" + id);
      Optional<String> refusal;
      try {
        Outcome outcome = act(id, Optional.empty(), request, user);
        refusal = outcome.refused() ? Optional.of(outcome.refusal()) : Optional.empty();
      } catch (NotAllowed | StoryNotFound e) {
        refusal = Optional.of(e.getMessage() == null ? "no such story." : e.getMessage());
      }
      out.add(new Each(id, headline, refusal));
    }
    return out;
  }

  /**
   * The public content the story's draft would make now, for the preview; refused when the draft
   * cannot be published yet (no headline, say).
   */
  public ArticleContent previewContent(long storyId, User user) {
    return effects.content(stories.get(storyId, user));
  }

  /** Applies an action by a user. */
  public Story apply(long storyId, Request request, User user) {
    return apply(storyId, request, Optional.of(user));
  }

  /** Applies an action; an empty user is the scheduler. */
  Story apply(long storyId, Request request, Optional<User> user) {
    return tx.inTransaction(
        () -> {
          if (!repository.lock(storyId)) {
            throw new StoryNotFound();
          }
          Story story = repository.byId(storyId).orElseThrow(() -> new StoryNotFound());
          Transitions.Transition t =
              Transitions.find(story.stage(), request.action())
                  .orElseThrow(
                      () ->
                          new WorkflowRefused(
                              "A "
                                  + story.stage().label().toLowerCase(Locale.ROOT)
                                  + " story cannot be sent to \""
                                  + request.action().label()
                                  + "\"."));
          if (!allowed(t, story, user)) {
            throw new NotAllowed(
                "Your role cannot "
                    + request.action().label().toLowerCase(Locale.ROOT)
                    + " this story.");
          }
          Instant now = clock.instant();
          ActionEffects.Effect effect = effects.carryOut(story, t, request, now);
          repository.setStage(
              storyId,
              t.to(),
              effect.scheduledAt(),
              effect.embargoUntil(),
              effect.articleId(),
              // the fingerprint of the content the action made public from the draft (decision
              // 0132: made once, in the effect); empty keeps the column as it is
              effect.fingerprint(),
              now,
              user.map(User::id).orElse(story.updatedBy()));
          repository.audit(
              storyId, user.map(User::id), t.action(), t.from(), t.to(), now, effect.detail());
          if (t.action() == Action.RETURN && user.isPresent()) {
            // The reporter's thread and dashboard show the return with its note (decision 0073).
            notes.recordReturn(storyId, user.get(), request.note(), now);
          }
          Story after = repository.byId(storyId).orElseThrow();
          ActionTaken taken = new ActionTaken(after, t.action(), request.note(), now, user);
          listeners.forEach(l -> l.accept(taken));
          return after;
        });
  }

  /**
   * The table's permission, plus: a reporter submits only their own story. The scheduler may
   * publish.
   */
  private static boolean allowed(Transitions.Transition t, Story story, Optional<User> user) {
    if (user.isEmpty()) {
      return t.action() == Action.PUBLISH;
    }
    User u = user.get();
    if (!u.can(t.permission())) {
      return false;
    }
    return t.permission() != Permission.WRITE_OWN
        || u.can(Permission.EDIT_ANY)
        || story.createdBy() == u.id();
  }
}
