package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;

/** Port: stories, their revisions and audit trail. */
public interface StoryRepository {
  /**
   * Stores a new story in the edition of its public article, else in {@code edition} when that
   * edition exists, else in the default edition; {@code fingerprint} is the draft's as content in
   * that edition's language, empty when it cannot be published yet (decision 0129).
   */
  long insert(
      Draft draft,
      Optional<String> fingerprint,
      Stage stage,
      long userId,
      Instant at,
      Optional<Long> articleId,
      Optional<String> edition);

  Optional<Story> byId(long id);

  /**
   * Stores a new draft in {@code edition} that translates {@code from}, in the translation group
   * {@code group} (decision 0076), with its draft's fingerprint (decision 0129).
   */
  long insertTranslation(
      Draft draft,
      Optional<String> fingerprint,
      long userId,
      Instant at,
      String edition,
      String group,
      long from);

  /** Puts the story in a translation group (a story that had none). */
  void setTranslationGroup(long id, String group);

  /** The stories of a translation group, by id. */
  List<Story> inTranslationGroup(String group);

  Optional<Story> byArticle(long articleId);

  /**
   * Takes the story for the current transaction, so that concurrent writers of it wait (a row lock
   * where the database has them; SQLite's transactions hold its one write lock already). Call it
   * first, then read. False when there is no such story.
   */
  boolean lock(long id);

  /**
   * Saves a new version when the stored version is {@code expected}, with its draft's fingerprint
   * (decision 0129); false when it is not.
   */
  boolean saveVersion(
      long id,
      int expected,
      Draft draft,
      Optional<String> fingerprint,
      long userId,
      Instant at,
      String note);

  /**
   * Moves a story to a stage; a present {@code fingerprint} (its draft's, which a publish computes)
   * replaces the stored one, an empty one keeps it (decision 0129).
   */
  void setStage(
      long id,
      Stage stage,
      Optional<Instant> scheduledAt,
      Optional<Instant> embargoUntil,
      Optional<Long> articleId,
      Optional<String> fingerprint,
      Instant at,
      long userId);

  void setEditing(long id, long userId, Instant at);

  List<Revision> revisions(long id);

  Optional<Revision> revision(long id, int version);

  void audit(
      long storyId,
      Optional<Long> userId,
      Action action,
      Stage from,
      Stage to,
      Instant at,
      String detail);

  List<AuditEntry> auditTrail(long storyId);

  List<Story> desk(DeskQuery query, int limit);

  Map<Stage, Integer> countsByStage();

  /** Scheduled stories whose time has come, and embargoed ones whose embargo ended. */
  List<Story> due(Instant now);

  /**
   * Scheduled and embargoed stories, soonest first; only those {@code author} wrote when one is
   * given.
   */
  List<Story> upcoming(Optional<Long> author, int limit);

  /** Stories saved or moved at or after {@code since}, oldest change first. */
  List<Story> changedSince(Instant since, int limit);

  /** Stories after {@code afterId} in id order (a full walk). */
  List<Story> after(long afterId, int limit);
}
