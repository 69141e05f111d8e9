package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;

/** Page models of the editions admin (decision 0079). */
public final class EditionModel {
  private EditionModel() {}

  /** One edition in the list; {@code lang} and {@code dir} mark its name's language. */
  public record Row(
      String code,
      String name,
      String lang,
      String dir,
      String address,
      String host,
      String zone,
      String datePattern,
      String datelineStyle,
      String direction,
      int position,
      boolean isDefault,
      String editHref) {}

  /** The form's values, as typed (shown again with a refusal). */
  public record Fields(
      String code,
      String name,
      String prefix,
      String host,
      String zone,
      String datePattern,
      String datelineStyle,
      String direction,
      String position,
      boolean makeDefault) {}

  /** One recorded change: which edition, who, when, what. */
  public record Change(String code, String by, String at, String what) {}

  /**
   * The list of editions, the form to add one (with its refusal, if any) and the latest changes.
   */
  public record ListPage(
      Frame frame, List<Row> rows, Fields add, String error, List<Change> changes) {}

  /** One edition's form (with its refusal, if any) and its changes. */
  public record EditPage(
      Frame frame,
      String code,
      String name,
      boolean isDefault,
      Fields fields,
      String error,
      List<Change> changes) {}
}
