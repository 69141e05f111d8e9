package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.web.newsroom.NewsroomModel.WorkflowFields;

/**
 * The workflow part of the story form: the time for a schedule or an embargo, typed in the
 * edition's time zone as {@code 2026-12-01 14:30} (24-hour, whatever the browser's locale), and the
 * note; which action needs which; and times in the audit trail shown in the edition's zone, never
 * as raw UTC (decision 0039).
 */
final class ActionFields {
  static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final Pattern TYPED =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?");
  private static final Pattern UTC_INSTANT =
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z\\b");

  private ActionFields() {}

  /** What was typed in the workflow fields, kept to show again. */
  static WorkflowFields typed(Context ctx) {
    return new WorkflowFields(text(ctx.formParam("at")), text(ctx.formParam("note")), "", "");
  }

  /** The typed fields with a message beside the one the action needs, if it is empty. */
  static Optional<WorkflowFields> missing(Action action, WorkflowFields typed, ZoneId zone) {
    if ((action == Action.SCHEDULE || action == Action.EMBARGO) && typed.at().isBlank()) {
      String what = action == Action.SCHEDULE ? "publication time" : "time the embargo ends";
      return Optional.of(
          typed.withAtError("Give the " + what + ", e.g. " + example(zone) + " (" + zone + ")."));
    }
    if (action == Action.CORRECT && typed.note().isBlank()) {
      return Optional.of(
          typed.withNoteError("A correction needs a note that tells readers what was corrected."));
    }
    return Optional.empty();
  }

  /** The time typed, read in the edition's zone; refused with the text kept when unreadable. */
  static Optional<Instant> at(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = TYPED.matcher(text.strip());
    try {
      if (!m.matches()) {
        throw new DateTimeParseException("no match", text, 0);
      }
      String hour = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
      LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + hour + ":" + m.group(3));
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      throw new WorkflowRefused(
          "\""
              + text.strip()
              + "\" is not a date and time: write it as "
              + example(zone)
              + " (year-month-day, 24-hour time, "
              + zone
              + ").");
    }
  }

  /** The current time in the zone as the field wants it, for hints and messages. */
  static String example(ZoneId zone) {
    return INPUT.format(Instant.now().atZone(zone));
  }

  /** An audit detail with every UTC instant in it ("for 2026-12-01T03:00:00Z") in the zone. */
  static String detail(String detail, ZoneId zone) {
    Matcher m = UTC_INSTANT.matcher(detail);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String shown;
      try {
        shown = INPUT.format(Instant.parse(m.group()).atZone(zone));
      } catch (DateTimeParseException e) {
        shown = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** What the editor says after an action, by its code; empty for an unknown code. */
  static String notice(String code) {
    try {
      return switch (Action.ofCode(code)) {
        case SUBMIT -> "Submitted to the desk.";
        case RETURN -> "Returned to the reporter.";
        case PUBLISH -> "Published.";
        case SCHEDULE -> "Scheduled.";
        case UNSCHEDULE -> "Schedule cancelled.";
        case EMBARGO ->
            "Embargoed: subscribers have it; the public will see it when the embargo ends.";
        case UPDATE -> "Update published.";
        case CORRECT -> "Correction published.";
        case KILL -> "Killed: the story is gone from every public page.";
      };
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
