package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
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
 * restore a version, list the desk, and know who has a story open. Thread-safe.
 */
public final class Stories {
  /** Someone counts as editing a story for this long after they last opened or autosaved it. */
  public static final Duration EDITING_WINDOW = Duration.ofMinutes(2);

  private final StoryRepository repository;
  private final Articles articles;
  private final Editions editions;
  private final Transactions tx;
  private final Clock clock;

  public Stories(
      StoryRepository repository,
      Articles articles,
      Editions editions,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.articles = articles;
    this.editions = editions;
    this.tx = tx;
    this.clock = clock;
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
    requireWriter(user);
    String code =
        editions
            .byCode(edition)
            .orElseThrow(() -> new WorkflowRefused("There is no edition " + edition + "."))
            .code();
    long id =
        repository.insert(
            Draft.blank(user.name()),
            Stage.DRAFT,
            user.id(),
            clock.instant(),
            Optional.empty(),
            Optional.of(code));
    return repository.byId(id).orElseThrow();
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
    requireWriter(user);
    String code =
        editions
            .byCode(edition)
            .orElseThrow(() -> new WorkflowRefused("There is no edition " + edition + "."))
            .code();
    long id =
        repository.insert(
            draft, Stage.DRAFT, user.id(), clock.instant(), Optional.empty(), Optional.of(code));
    return repository.byId(id).orElseThrow();
  }

  /**
   * The newsroom story of a public article, made from the article when it came from elsewhere (an
   * import).
   */
  public Story forArticle(long articleId, User user) {
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
          long id =
              repository.insert(
                  Draft.of(article.content()),
                  stage,
                  user.id(),
                  clock.instant(),
                  Optional.of(articleId),
                  Optional.empty());
          return repository.byId(id).orElseThrow();
        });
  }

  /**
   * A new draft in {@code edition} translating the source story: its headline, summary, bylines,
   * dateline, body (photos too) and topics to translate over; no section (the edition has its own).
   * Both stories are put in {@code group} (the source keeps a group it had). The caller checks that
   * the edition may hold it (decision 0076); this runs in its transaction.
   */
  public Story createTranslation(long sourceId, String edition, String group, User user) {
    requireWriter(user);
    return tx.inTransaction(
        () -> {
          if (!repository.lock(sourceId)) {
            throw new StoryNotFound();
          }
          Story source = get(sourceId, user);
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
                  user.id(),
                  clock.instant(),
                  edition,
                  source.translationGroup().orElse(group),
                  sourceId);
          return repository.byId(id).orElseThrow();
        });
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
    if (story.stage() != Stage.PUBLISHED || story.articleId().isEmpty()) {
      return Optional.empty();
    }
    return articles
        .find(new ArticleId(story.articleId().get()))
        .filter(Article::isPublic)
        .map(a -> live(story, a));
  }

  /**
   * What readers have of each of these stories that is live, by story id, reading their public
   * records at once (a desk page's rows; decision 0096).
   */
  public Map<Long, Live> live(Collection<Story> stories) {
    List<Story> published =
        stories.stream()
            .filter(s -> s.stage() == Stage.PUBLISHED && s.articleId().isPresent())
            .toList();
    Map<ArticleId, Article> found =
        articles.findAll(published.stream().map(s -> new ArticleId(s.articleId().get())).toList());
    Map<Long, Live> out = new HashMap<>();
    for (Story s : published) {
      Article a = found.get(new ArticleId(s.articleId().get()));
      if (a != null && a.isPublic()) {
        out.put(s.id(), live(s, a));
      }
    }
    return out;
  }

  private Live live(Story story, Article a) {
    boolean changed;
    try {
      changed =
          !story
              .draft()
              // in the language of the live story's edition (decision 0068)
              .toContent(editions.of(a.edition()).language())
              .fingerprint()
              .equals(a.content().fingerprint());
    } catch (IllegalArgumentException e) {
      changed = true; // a draft that cannot be published differs from the live one
    }
    return new Live(a.headline(), Draft.of(a.content()), changed);
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
    Story s = repository.byId(id).orElseThrow(() -> new StoryNotFound());
    if (!user.can(Permission.EDIT_ANY) && s.createdBy() != user.id()) {
      throw new NotAllowed("Reporters can open only their own stories.");
    }
    return s;
  }

  /** Notes that the user has the story open, for "who is editing what". */
  public void opened(long id, User user) {
    repository.setEditing(id, user.id(), clock.instant());
  }

  /**
   * Saves a new version based on {@code baseVersion}. A stale base throws {@link StaleVersion} and
   * saves nothing. The save itself is conditional on the stored version ({@code UPDATE ... WHERE
   * version = base}), so of two saves on the same base exactly one wins on any database.
   */
  public Story save(long id, int baseVersion, Draft draft, User user, String note) {
    return tx.inTransaction(
        () -> {
          if (!repository.lock(id)) {
            throw new StoryNotFound();
          }
          Story s = get(id, user);
          requireEditable(s, user);
          if (s.version() != baseVersion
              || !repository.saveVersion(
                  id, baseVersion, draft, user.id(), clock.instant(), note)) {
            int newest = repository.byId(id).orElseThrow().version();
            Revision current = repository.revision(id, newest).orElseThrow();
            Revision base = repository.revision(id, baseVersion).orElse(current);
            throw new StaleVersion(base, current, draft);
          }
          repository.setEditing(id, user.id(), clock.instant());
          return repository.byId(id).orElseThrow();
        });
  }

  /** Makes an old version the newest one (a new version with the old content). */
  public Story restore(long id, int version, User user) {
    Story s = get(id, user);
    Revision old =
        repository
            .revision(id, version)
            .orElseThrow(() -> new WorkflowRefused("No version " + version + "."));
    return save(id, s.version(), old.draft(), user, "restored version " + version);
  }

  public List<Revision> history(long id, User user) {
    get(id, user);
    return repository.revisions(id);
  }

  public Revision revision(long id, int version, User user) {
    get(id, user);
    return repository
        .revision(id, version)
        .orElseThrow(() -> new WorkflowRefused("No version " + version + "."));
  }

  public List<AuditEntry> auditTrail(long id, User user) {
    get(id, user);
    return repository.auditTrail(id);
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
    return s.editing()
        .filter(e -> e.userId() != user.id())
        .filter(e -> e.since().isAfter(clock.instant().minus(EDITING_WINDOW)));
  }

  static void requireWriter(User user) {
    if (!user.can(Permission.WRITE_OWN)) {
      throw new NotAllowed("Your role cannot write stories.");
    }
  }

  /**
   * Whether this user may change the story now (save, restore): the one place of the rule that
   * reporters edit their own drafts and editors any story that is not killed.
   */
  public boolean mayEdit(Story s, User user) {
    return refusal(s, user).isEmpty();
  }

  static void requireEditable(Story s, User user) {
    Optional<RuntimeException> refusal = refusal(s, user);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  private static Optional<RuntimeException> refusal(Story s, User user) {
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
