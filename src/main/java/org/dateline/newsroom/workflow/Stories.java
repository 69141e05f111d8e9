package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.article.Presentation;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.storage.Transactions;

/**
 * Facade: writing stories. Create a draft, save versions (refusing stale saves), see history,
 * restore a version, list the desk, and know who has a story open. The work is done beside it by
 * package-private parts (decision 0116): {@code NewStories} makes stories, {@code StoryVersions}
 * keeps versions and history, {@code Presence} who has a story open, {@code LiveCopies} what
 * readers have of a published story, and {@code EditRule} is who may see and change one.
 * Thread-safe.
 */
public final class Stories {
  /** Someone counts as editing a story for this long after they last opened or autosaved it. */
  public static final Duration EDITING_WINDOW = Duration.ofMinutes(2);

  private final StoryRepository repository;
  private final Articles articles;
  private final Editions editions;
  private final Presence presence;
  private final StoryVersions versions;
  private final LiveCopies liveCopies;
  private final NewStories making;
  private final DraftFingerprints fingerprints;

  public Stories(
      StoryRepository repository,
      Articles articles,
      Editions editions,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.articles = articles;
    this.editions = editions;
    this.presence = new Presence(repository, clock);
    // the one instance of the newsroom (decision 0132): new stories, saves and the fill share it
    this.fingerprints = new DraftFingerprints(editions);
    this.versions = new StoryVersions(repository, presence, fingerprints, tx, clock);
    this.liveCopies = new LiveCopies(articles, editions);
    this.making = new NewStories(repository, articles, editions, fingerprints, tx, clock);
  }

  /** The drafts' fingerprints, as every write of a draft here stores them (decision 0129). */
  DraftFingerprints fingerprints() {
    return fingerprints;
  }

  /** The code of the default edition, where a story made without one goes. */
  String defaultEdition() {
    return editions.current().code();
  }

  /** A blank draft with the writer as byline, in the default edition. */
  public Story create(User user) {
    return create(user, editions.current().code());
  }

  /**
   * A blank draft with the writer as byline, in the edition of this code (decision 0079).
   *
   * @throws WorkflowRefused when there is no such edition
   */
  public Story create(User user, String edition) {
    return create(Draft.blank(user.name()), user, edition);
  }

  /** A draft of given content (a partner's item taken from the incoming desk), by the user. */
  public Story create(Draft draft, User user) {
    return create(draft, user, editions.current().code());
  }

  /**
   * A draft of given content in the edition of this code (an item taken or routed into it; decision
   * 0087), by the user.
   *
   * @throws WorkflowRefused when there is no such edition
   */
  public Story create(Draft draft, User user, String edition) {
    return making.draft(draft, user, edition);
  }

  /**
   * The newsroom story of a public article, made from the article when it came from elsewhere (an
   * import).
   */
  public Story forArticle(long articleId, User user) {
    return making.forArticle(articleId, user);
  }

  /**
   * A new draft in {@code edition} translating the source story: its headline, summary, bylines,
   * dateline, body (photos too) and topics to translate over; no section (the edition has its own).
   * Both stories are put in {@code group} (the source keeps a group it had). The caller checks that
   * the edition may hold it (decision 0076); this runs in its transaction.
   */
  public Story createTranslation(long sourceId, String edition, String group, User user) {
    return making.translation(sourceId, edition, group, user);
  }

  /** The stories of a translation group (the source and its translations), by id. */
  public List<Story> inTranslationGroup(String group) {
    return repository.inTranslationGroup(group);
  }

  public Optional<Story> find(long id) {
    return repository.byId(id);
  }

  /**
   * What readers have of a published story: its live headline and draft, and whether the working
   * copy differs from it (changes not published yet). Empty for a story that is not live.
   */
  public Optional<Live> live(Story story) {
    return liveCopies.of(story);
  }

  /**
   * What readers have of each of these stories that is live, by story id, reading their public
   * records at once (a desk page's rows; decision 0096).
   */
  public Map<Long, Live> live(Collection<Story> stories) {
    return liveCopies.of(stories);
  }

  /** The live version of a published story; {@code changed} when the working copy differs. */
  public record Live(String headline, Draft draft, boolean changed) {}

  /**
   * Why this draft's choices for sites and social networks cannot be saved with the story, or empty
   * when they can (decision 0080): a newly chosen slug that another public story's address has, a
   * pick of the story itself or of an id no story has. Picks that were public once and are not now
   * are kept (the page leaves them out), so a kill elsewhere never blocks a save here.
   */
  public Optional<String> presentationRefusal(Story story, Draft draft) {
    Presentation chosen = draft.presentation();
    Optional<ArticleId> own = story.articleId().map(ArticleId::new);
    boolean newSlug =
        !chosen.slug().isEmpty() && !chosen.slug().equals(story.draft().presentation().slug());
    Optional<ArticleHeadline> holder =
        newSlug ? articles.slugHolder(chosen.slug(), own) : Optional.empty();
    if (holder.isPresent()) {
      return Optional.of(
          "The address ending “"
              + chosen.slug()
              + "” is taken by the published story “"
              + holder.get().headline()
              + "” (id "
              + holder.get().id().value()
              + "). Choose another.");
    }
    if (own.isPresent() && chosen.related().contains(own.get())) {
      return Optional.of("A story cannot be related to itself.");
    }
    var known = articles.headlines(chosen.related());
    return chosen.related().stream()
        .filter(id -> !known.containsKey(id))
        .findFirst()
        .map(id -> "No story has the id " + id.value() + ".");
  }

  /** The stories an editor picked as related, by id, in any state (unknown ids absent). */
  public Map<ArticleId, ArticleHeadline> picked(List<ArticleId> ids) {
    return articles.headlines(ids);
  }

  /** The story, if this user may see it (reporters see their own). */
  public Story get(long id, User user) {
    return EditRule.visible(repository.byId(id).orElseThrow(() -> new StoryNotFound()), user);
  }

  /** Notes that the user has the story open, for "who is editing what". */
  public void opened(long id, User user) {
    presence.opened(id, user);
  }

  /**
   * Saves a new version based on {@code baseVersion}. A stale base throws {@link StaleVersion} and
   * saves nothing. The save itself is conditional on the stored version ({@code UPDATE ... WHERE
   * version = base}), so of two saves on the same base exactly one wins on any database.
   */
  public Story save(long id, int baseVersion, Draft draft, User user, String note) {
    return versions.save(id, baseVersion, draft, user, note);
  }

  /** Makes an old version the newest one (a new version with the old content). */
  public Story restore(long id, int version, User user) {
    return versions.restore(id, version, user);
  }

  /** Every saved version of the story, if this user may see it. */
  public List<Revision> history(long id, User user) {
    return versions.history(id, user);
  }

  /** One saved version of the story, if this user may see it. */
  public Revision revision(long id, int version, User user) {
    return versions.revision(id, version, user);
  }

  /** The story's audit trail, if this user may see it. */
  public List<AuditEntry> auditTrail(long id, User user) {
    return versions.auditTrail(id, user);
  }

  /** The desk: stories in a stage, newest change first; reporters see only their own. */
  public List<Story> desk(DeskQuery query, User user, int limit) {
    DeskQuery q =
        ownOnly(user)
            .map(
                me ->
                    new DeskQuery(
                        query.stage(),
                        query.section(),
                        Optional.of(me),
                        query.headline(),
                        query.edition()))
            .orElse(query);
    return repository.desk(q, limit);
  }

  /**
   * The next scheduled and embargoed stories this user may see, soonest first: reporters see their
   * own (asked of the store, so a reporter's story is not lost behind others' stories).
   */
  public List<Story> upcoming(User user, int limit) {
    return repository.upcoming(ownOnly(user), limit);
  }

  /** The one rule of what a user sees in lists: editors every story, reporters their own. */
  private static Optional<Long> ownOnly(User user) {
    return user.can(Permission.EDIT_ANY) ? Optional.empty() : Optional.of(user.id());
  }

  public Map<Stage, Integer> countsByStage() {
    return repository.countsByStage();
  }

  /**
   * Stories saved or moved at or after {@code since}, oldest change first: what the newsroom's
   * search index follows (drafts have no change-log entries).
   */
  public List<Story> changedSince(Instant since, int limit) {
    return repository.changedSince(since, limit);
  }

  /** Stories after {@code afterId} in id order: a full walk, for rebuilding the search index. */
  public List<Story> after(long afterId, int limit) {
    return repository.after(afterId, limit);
  }

  /** Whether someone other than {@code user} has the story open now. */
  public Optional<Story.Editing> someoneElseEditing(Story s, User user) {
    return presence.someoneElse(s, user);
  }

  /**
   * Whether this user may change the story now (save, restore): the one place of the rule that
   * reporters edit their own drafts and editors any story that is not killed.
   */
  public boolean mayEdit(Story s, User user) {
    return EditRule.refusal(s, user).isEmpty();
  }
}
