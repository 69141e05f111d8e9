package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;

/**
 * What each action does to the public record, for {@link Workflow#apply}: the one {@code switch}
 * over {@link Action} that calls {@link Articles} (publish, embargo, update, correct, kill,
 * reinstate, each writing the change log), the checks an action's time and note must pass, and the
 * draft made public content in its edition's language. Runs inside {@code Workflow}'s transaction.
 * Thread-safe: holds no state.
 */
final class ActionEffects {
  private final Articles articles;
  private final Editions editions;
  private final Clock clock;

  ActionEffects(Articles articles, Editions editions, Clock clock) {
    this.articles = articles;
    this.editions = editions;
    this.clock = clock;
  }

  /**
   * What the stage change records besides the stage: times, the public story, the audit detail, and
   * the fingerprint of the public content the action made of the draft (decision 0132), which is
   * the draft's own fingerprint (decision 0129); empty when the action made none.
   */
  record Effect(
      Optional<Instant> scheduledAt,
      Optional<Instant> embargoUntil,
      Optional<Long> articleId,
      String detail,
      Optional<String> fingerprint) {
    Effect(
        Optional<Instant> scheduledAt,
        Optional<Instant> embargoUntil,
        Optional<Long> articleId,
        String detail) {
      this(scheduledAt, embargoUntil, articleId, detail, Optional.empty());
    }

    /** The same, with the fingerprint of the content made public. */
    Effect of(ArticleContent made) {
      return new Effect(
          scheduledAt, embargoUntil, articleId, detail, Optional.of(made.fingerprint()));
    }
  }

  /** Carries out a transition's action on the public record and says what to record of it. */
  Effect carryOut(Story story, Transitions.Transition t, Workflow.Request request, Instant now) {
    Optional<Long> articleId = story.articleId();
    return switch (t.action()) {
      case SUBMIT -> {
        content(story); // a story goes to the desk complete
        yield new Effect(Optional.empty(), Optional.empty(), articleId, "");
      }
      case RETURN, UNSCHEDULE ->
          new Effect(Optional.empty(), Optional.empty(), articleId, request.note());
      case SCHEDULE -> {
        Instant at = future(request, "a publication time");
        content(story);
        yield new Effect(Optional.of(at), Optional.empty(), articleId, "for " + at);
      }
      case EMBARGO -> {
        Instant until = future(request, "the time the embargo ends");
        Article a = articles.embargo(content(story), until, story.sourceKey());
        yield new Effect(
            Optional.empty(), Optional.of(until), Optional.of(a.id().value()), "until " + until);
      }
      case PUBLISH -> {
        if (story.stage() == Stage.EMBARGOED) {
          // the content made public at the embargo; the draft's fingerprint stays as it is
          Article a = articles.liftEmbargo(new ArticleId(articleId.orElseThrow()));
          yield new Effect(
              Optional.empty(),
              Optional.empty(),
              Optional.of(a.id().value()),
              "version " + story.version());
        }
        ArticleContent made = content(story);
        Article a = articles.publish(made, now, Optional.of(story.sourceKey())).article();
        yield new Effect(
                Optional.empty(),
                Optional.empty(),
                Optional.of(a.id().value()),
                "version " + story.version())
            .of(made);
      }
      case UPDATE -> {
        ArticleContent made = content(story);
        articles.update(new ArticleId(articleId.orElseThrow()), made, Optional.empty());
        yield new Effect(
                Optional.empty(), Optional.empty(), articleId, "version " + story.version())
            .of(made);
      }
      case CORRECT -> {
        requireNote(request);
        ArticleContent made = content(story);
        articles.update(new ArticleId(articleId.orElseThrow()), made, Optional.of(request.note()));
        yield new Effect(Optional.empty(), Optional.empty(), articleId, request.note()).of(made);
      }
      case KILL -> {
        requireNote(request);
        articles.kill(new ArticleId(articleId.orElseThrow()), Optional.of(request.note()));
        yield new Effect(Optional.empty(), Optional.empty(), articleId, request.note());
      }
      case REINSTATE -> {
        ArticleContent made = content(story);
        articles.reinstate(new ArticleId(articleId.orElseThrow()), made);
        yield new Effect(
                Optional.empty(), Optional.empty(), articleId, "version " + story.version())
            .of(made);
      }
      case REEMBARGO -> {
        Instant until = future(request, "the new time the embargo ends");
        articles.embargo(content(story), until, story.sourceKey());
        yield new Effect(Optional.empty(), Optional.of(until), articleId, "until " + until);
      }
    };
  }

  ArticleContent content(Story story) {
    try {
      // A story is written in its edition's language and published into it (decisions 0068, 0079).
      String language = editions.of(story.edition()).language();
      return story.draft().toContent(language);
    } catch (IllegalArgumentException e) {
      throw new WorkflowRefused(String.valueOf(e.getMessage()));
    }
  }

  /** Refuses an action that needs a note (a correction, a kill) and came without one. */
  private static void requireNote(Workflow.Request request) {
    if (request.note().isEmpty()) {
      request
          .action()
          .noteRequired()
          .ifPresent(
              why -> {
                throw new WorkflowRefused(why, "note");
              });
    }
  }

  private Instant future(Workflow.Request request, String what) {
    Instant at =
        request.at().orElseThrow(() -> new WorkflowRefused("Please give " + what + ".", "at"));
    if (!at.isAfter(clock.instant())) {
      throw new WorkflowRefused("Please give " + what + " in the future.", "at");
    }
    return at;
  }
}
