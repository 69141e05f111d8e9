package org.dateline.web.newsroom;

import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.web.newsroom.NewsroomModel.Option;

/** Page models of translations in the newsroom (decision 0076). */
public final class TranslationModel {
  private TranslationModel() {}

  /** Another story of the group: its edition, stage and headline, and where it opens. */
  public record Link(String edition, String stage, String headline, String href, boolean source) {}

  /** The story a translation is made from, shown beside it read-only. */
  public record Source(
      String edition, String headline, String summary, List<Block> body, String href) {}

  /**
   * A notice on a translation: its source was corrected or killed. {@code dismissHref} takes a
   * POST, which returns to {@code back}.
   */
  public record NoticeRow(
      String storyHeadline,
      String storyHref,
      String edition,
      String kind,
      String sourceHeadline,
      String sourceHref,
      String note,
      String when,
      String dismissHref,
      String back) {}

  /**
   * The editor's translations box: the group's other stories, the source (for a translation), the
   * open notices, and the editions the story may be translated into (none for reporters).
   */
  public record Box(
      long storyId,
      List<Link> translations,
      Optional<Source> source,
      List<NoticeRow> notices,
      List<Option> targets) {
    public static final Box NONE = new Box(0, List.of(), Optional.empty(), List.of(), List.of());
  }
}
