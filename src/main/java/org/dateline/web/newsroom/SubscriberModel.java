package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;

/** Page models of the subscribers admin (the wire's subscribers, their usage and deliveries). */
public final class SubscriberModel {
  private SubscriberModel() {}

  /** One subscriber in the list. */
  public record Row(
      long id,
      String name,
      String state,
      String keyPrefix,
      String filter,
      String webhook,
      long pending,
      long failed,
      int failureRun) {}

  /** The list, and the form to add one ({@code blank}: every edition offered, none chosen). */
  public record ListPage(Frame frame, List<Row> rows, List<String> sections, Form blank) {}

  /** One edition offered in the form: its code, its name in its own language, whether chosen. */
  public record EditionChoice(String code, String name, boolean chosen) {}

  /**
   * The form's values (also to show again). {@code editions} offers every edition; {@code unknown}
   * names the subscriber's codes that no edition has (chosen as languages before editions existed),
   * which saving the form drops.
   */
  public record Form(
      String name,
      String contact,
      String sections,
      List<EditionChoice> editions,
      String unknown,
      boolean ninjs,
      boolean newsml,
      String webhook,
      int rate) {}

  /** A day's request count. */
  public record UsageRow(String day, long requests) {}

  /** One delivery in the log. */
  public record DeliveryRow(
      long seq,
      String eventId,
      String type,
      long story,
      int version,
      String state,
      int attempts,
      String lastStatus,
      String lastError,
      String lastAttempt,
      String nextAttempt) {}

  public record DetailPage(
      Frame frame,
      long id,
      String name,
      String state,
      String pausedReason,
      String keyPrefix,
      Form form,
      List<UsageRow> usage,
      List<DeliveryRow> deliveries,
      long pending,
      long delivered,
      long failed,
      int failureRun,
      Issued issued) {}

  /** A key and secret to show once (after adding or rotating); empty strings otherwise. */
  public record Issued(String apiKey, String webhookSecret) {
    public static final Issued NONE = new Issued("", "");

    public boolean shown() {
      return !apiKey.isEmpty();
    }
  }
}
