package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.storage.Transactions;

/**
 * The ways a newsroom story is made: a draft in an edition, the working copy of a public article
 * that came from elsewhere, a translation of another story. Behind {@link Stories}. Thread-safe
 * (holds no state of its own).
 */
final class NewStories {
  private final StoryRepository repository;
  private final Articles articles;
  private final Editions editions;
  private final DraftFingerprints fingerprints;
  private final Transactions tx;
  private final Clock clock;

  NewStories(
      StoryRepository repository,
      Articles articles,
      Editions editions,
      DraftFingerprints fingerprints,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.articles = articles;
    this.editions = editions;
    this.fingerprints = fingerprints;
    this.tx = tx;
    this.clock = clock;
  }

  /** See {@link Stories#create(Draft, User, String)}. */
  Story draft(Draft draft, User user, String edition) {
    EditRule.requireWriter(user);
    String code =
        editions
            .byCode(edition)
            .orElseThrow(() -> new WorkflowRefused("There is no edition " + edition + "."))
            .code();
    long id =
        repository.insert(
            draft,
            fingerprints.of(draft, code),
            Stage.DRAFT,
            user.id(),
            clock.instant(),
            Optional.empty(),
            Optional.of(code));
    return repository.byId(id).orElseThrow();
  }

  /** See {@link Stories#forArticle}. */
  Story forArticle(long articleId, User user) {
    if (!user.can(Permission.EDIT_ANY)) {
      throw new NotAllowed("Only editors can open a published story.");
    }
    return tx.inTransaction(
        () -> {
          Optional<Story> existing = repository.byArticle(articleId);
          if (existing.isPresent()) {
            return existing.get();
          }
          var article =
              articles.find(new ArticleId(articleId)).orElseThrow(() -> new StoryNotFound());
          Stage stage =
              switch (article.state()) {
                case PUBLISHED -> Stage.PUBLISHED;
                case EMBARGOED -> Stage.EMBARGOED;
                case KILLED -> Stage.KILLED;
              };
          Draft draft = Draft.of(article.content());
          long id =
              repository.insert(
                  draft,
                  // the story is made in its public record's edition
                  fingerprints.of(draft, article.edition()),
                  stage,
                  user.id(),
                  clock.instant(),
                  Optional.of(articleId),
                  Optional.empty());
          return repository.byId(id).orElseThrow();
        });
  }

  /** See {@link Stories#createTranslation}. */
  Story translation(long sourceId, String edition, String group, User user) {
    EditRule.requireWriter(user);
    return tx.inTransaction(
        () -> {
          if (!repository.lock(sourceId)) {
            throw new StoryNotFound();
          }
          Story source =
              EditRule.visible(
                  repository.byId(sourceId).orElseThrow(() -> new StoryNotFound()), user);
          repository.setTranslationGroup(sourceId, group);
          Draft d = source.draft();
          Draft draft =
              new Draft(
                  d.headline(),
                  d.summary(),
                  "",
                  d.bylines(),
                  d.datelinePlace(),
                  d.datelineDate(),
                  d.datelineSource(),
                  d.body(),
                  d.tags(),
                  d.urgency());
          long id =
              repository.insertTranslation(
                  draft,
                  fingerprints.of(draft, edition),
                  user.id(),
                  clock.instant(),
                  edition,
                  source.translationGroup().orElse(group),
                  sourceId);
          return repository.byId(id).orElseThrow();
        });
  }
}
