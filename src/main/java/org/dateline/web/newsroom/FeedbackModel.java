package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;
import org.dateline.web.newsroom.NewsroomModel.Nav;
import org.dateline.web.newsroom.NewsroomModel.Option;

/** Page models of the feedback inbox. */
public final class FeedbackModel {
  private FeedbackModel() {}

  /**
   * One reader message in the inbox: the text as lines (escaped by the template), its story, the
   * states it can move to.
   */
  public record FeedbackRow(
      long id,
      List<String> lines,
      String received,
      String receivedIso,
      String state,
      String headline,
      String publicHref,
      String storyState,
      String storyFeedbackHref,
      String editHref,
      List<Option> moves) {}

  /** The feedback inbox; {@code storyHeadline} is set when it lists one story's feedback. */
  public record FeedbackInboxPage(
      Frame frame,
      List<Nav> tabs,
      String storyHeadline,
      String allStoriesHref,
      List<FeedbackRow> rows,
      String olderHref,
      String newestHref,
      String back) {}
}
