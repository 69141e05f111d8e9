package org.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.section.Section;

/** A stored story: identity, content, the names it was filed under, and its publication facts. */
public record Article(
    ArticleId id,
    String slug,
    ArticleContent content,
    Optional<Section> section,
    List<Author> authors,
    List<Tag> tags,
    ArticleState state,
    Instant firstPublishedAt,
    Optional<Instant> updatedAt,
    int version,
    Optional<String> sourceKey,
    Optional<Instant> embargoUntil,
    Optional<Correction> correction,
    String edition) {

  /**
   * A story whose edition is not known here (a preview, a snapshot, a sample): {@code ""}, which
   * stands for the default edition.
   */
  public Article(
      ArticleId id,
      String slug,
      ArticleContent content,
      Optional<Section> section,
      List<Author> authors,
      List<Tag> tags,
      ArticleState state,
      Instant firstPublishedAt,
      Optional<Instant> updatedAt,
      int version,
      Optional<String> sourceKey,
      Optional<Instant> embargoUntil,
      Optional<Correction> correction) {
    this(
        id,
        slug,
        content,
        section,
        authors,
        tags,
        state,
        firstPublishedAt,
        updatedAt,
        version,
        sourceKey,
        embargoUntil,
        correction,
        "");
  }

  public Article {
    edition = edition == null ? "" : edition;
  }

  /** A visible correction note and when it was made. */
  public record Correction(String text, Instant at) {}

  public String headline() {
    return content.headline();
  }

  public boolean isPublic() {
    return state == ArticleState.PUBLISHED;
  }

  /**
   * Whether readers ever had this story: not when it is embargoed, nor when it was killed while
   * still embargoed (a lift clears the embargo time, a kill keeps it). Such a story answers like
   * one that never existed.
   */
  public boolean wasEverPublic() {
    return state == ArticleState.PUBLISHED
        || (state == ArticleState.KILLED && embargoUntil.isEmpty());
  }

  /** When the story last changed for readers: the update time, or the first publication. */
  public Instant lastChanged() {
    return updatedAt.orElse(firstPublishedAt);
  }
}
