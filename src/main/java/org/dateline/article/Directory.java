package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public record as a directory, read only: what sitemaps and the content API list. Kept apart
 * from {@link Articles} (which changes stories) because nothing here writes or publishes; every
 * method reads public stories only. Thread-safe.
 */
public final class Directory {
  private final DirectoryRepository repository;

  public Directory(DirectoryRepository repository) {
    this.repository = repository;
  }

  /** The public stories with ids from {@code fromId} to {@code toId} (inclusive), by id. */
  public List<PublicEntry> storiesInIdRange(long fromId, long toId) {
    return repository.storiesInIdRange(fromId, toId);
  }

  /** The public stories of edition {@code edition} with ids from {@code fromId} to {@code toId}. */
  public List<PublicEntry> storiesInIdRange(String edition, long fromId, long toId) {
    return repository.storiesInIdRange(edition, fromId, toId);
  }

  /** Per edition, per block of {@code blockSize} ids, the last change of its public stories. */
  public Map<String, Map<Long, Instant>> lastChangedPerEditionBlock(long blockSize) {
    return repository.lastChangedPerEditionBlock(blockSize);
  }

  /**
   * The translation groups of the stories with ids from {@code fromId} to {@code toId}: every
   * stored story of each group, any state (decision 0077).
   */
  public Map<ArticleId, List<ArticleTranslation>> translationsInIdRange(long fromId, long toId) {
    return repository.translationsInIdRange(fromId, toId);
  }

  /** The highest id of a public story (0 when none): the last id range to list. */
  public long highestId() {
    return repository.highestId();
  }

  /** Per block of {@code blockSize} ids, the last change of its public stories. */
  public Map<Long, Instant> lastChangedPerBlock(long blockSize) {
    return repository.lastChangedPerBlock(blockSize);
  }

  /** The newest public stories first published at or after {@code since}, up to {@code limit}. */
  public List<PublicEntry> publishedSince(Instant since, int limit) {
    return repository.publishedSince(since, limit);
  }

  /** Authors with a public story, ids from {@code fromId} to {@code toId}, up to {@code limit}. */
  public List<Author> authors(long fromId, long toId, int limit) {
    return repository.authors(fromId, toId, limit);
  }

  /** Topics with a public story, ids from {@code fromId} to {@code toId}, up to {@code limit}. */
  public List<Tag> topics(long fromId, long toId, int limit) {
    return repository.topics(fromId, toId, limit);
  }

  public long highestAuthorId() {
    return repository.highestAuthorId();
  }

  public long highestTopicId() {
    return repository.highestTopicId();
  }
}
