package org.dateline.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: every published version of every story (a snapshot each), written with the change. */
public interface ArticleVersionRepository {
  /** Stores the versions (one multi-row insert per batch); call inside the change's transaction. */
  void saveAll(List<ArticleVersion> versions);

  /** Sets the public record's version number (a lift or a kill makes a new version). */
  void setVersion(ArticleId id, int version);

  Optional<ArticleVersion> find(ArticleId id, int version);

  /** When the story's earliest stored version was committed. */
  Optional<Instant> firstAt(ArticleId id);

  /** The section slug, language and edition of each of these versions that is stored. */
  Map<VersionKey, Facts> facts(Collection<VersionKey> keys);

  /** A story's version. */
  record VersionKey(long articleId, int version) {}

  /**
   * What filters a version for a subscriber: its section slug ("" for none), its language and the
   * story's edition (the code; a story's edition never changes, decision 0068).
   */
  record Facts(String section, String language, String edition) {}
}
