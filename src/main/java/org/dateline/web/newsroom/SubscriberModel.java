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

  public record ListPage(Frame frame, List<Row> rows, List<String> sections) {}

  /** The form's values (also to show again). */
  public record Form(
      String name,
      String contact,
      String sections,
      String languages,
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
