package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Port: the public record read as a directory — stories by id range, the newest ones, and the
 * authors and topics that have a public story. Every query is a keyset range over an index, so its
 * cost depends on the range, not on the store's size.
 */
public interface DirectoryRepository {
  /** The public stories with {@code fromId <= id <= toId}, by id. */
  List<PublicEntry> storiesInIdRange(long fromId, long toId);

  /** The public stories of one edition with {@code fromId <= id <= toId}, by id (decision 0077). */
  List<PublicEntry> storiesInIdRange(String edition, long fromId, long toId);

  /**
   * Per edition, per block of {@code blockSize} ids, the last change of its public stories (each
   * edition's sitemaps, decision 0077).
   */
  Map<String, Map<Long, Instant>> lastChangedPerEditionBlock(long blockSize);

  /**
   * For each story with {@code fromId <= id <= toId} that has a translation group, every stored
   * story of its group, itself included (decision 0077).
   */
  Map<ArticleId, List<ArticleTranslation>> translationsInIdRange(long fromId, long toId);

  /** The highest id of a public story; 0 when there is none. */
  long highestId();

  /**
   * Per block of {@code blockSize} ids (block {@code n} holds ids {@code n*size+1 .. (n+1)*size}),
   * the last change of its public stories; blocks without one are absent.
   */
  Map<Long, Instant> lastChangedPerBlock(long blockSize);

  /**
   * Public stories first published at or after {@code since}, newest first, at most {@code limit}.
   */
  List<PublicEntry> publishedSince(Instant since, int limit);

  /** Authors with a public story and {@code fromId <= id <= toId}, by id, at most {@code limit}. */
  List<Author> authors(long fromId, long toId, int limit);

  /** Topics with a public story and {@code fromId <= id <= toId}, by id, at most {@code limit}. */
  List<Tag> topics(long fromId, long toId, int limit);

  /**
   * The highest id of an author, and of a topic, that a public story carries (0 when none), for
   * paging their sitemaps: names of stories not out yet change nothing.
   */
  long highestAuthorId();

  long highestTopicId();
}
