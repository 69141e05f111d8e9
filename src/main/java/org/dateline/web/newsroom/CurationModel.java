package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;

/** Page models of the home page's curation (the editors' top stories). */
public final class CurationModel {
  private CurationModel() {}

  /** A home page pick in its place; {@code shown} is false once the story is no longer public. */
  public record PickRow(
      long articleId,
      int place,
      String headline,
      String publicHref,
      boolean shown,
      boolean first,
      boolean last) {}

  /** A public story an editor may pick for the home page. */
  public record CandidateRow(
      long articleId,
      String headline,
      String section,
      String published,
      String publishedIso,
      String publicHref,
      boolean picked) {}

  public record CurationPage(
      Frame frame,
      List<PickRow> picks,
      List<CandidateRow> latest,
      int places,
      boolean full,
      String query,
      String searchNote) {}
}
