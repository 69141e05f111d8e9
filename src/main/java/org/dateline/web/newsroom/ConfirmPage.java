package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;

/**
 * A page that asks before a change that is hard to undo (deactivating an account, retiring a
 * section): what will happen, one button that posts the change with its fields, and a way back.
 * Works without scripts (decision 0073).
 */
public record ConfirmPage(
    Frame frame,
    String title,
    String explanation,
    String action,
    List<ConfirmPage.Field> fields,
    String button,
    String backHref,
    String back) {

  /** A hidden field the button posts. */
  public record Field(String name, String value) {}
}
