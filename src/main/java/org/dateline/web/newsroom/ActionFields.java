package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.web.Params;
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

  /**
   * The typed fields with a message beside the one the action needs, if it is empty: what an action
   * needs is the workflow's rule ({@link Action#needsTime}, {@link Action#noteRequired}).
   */
  static Optional<WorkflowFields> missing(Action action, WorkflowFields typed, ZoneId zone) {
    if (action.needsTime() && typed.at().isBlank()) {
      String what = action == Action.SCHEDULE ? "publication time" : "time the embargo ends";
      return Optional.of(
          typed.withAtError("Give the " + what + ", e.g. " + example(zone) + " (" + zone + ")."));
    }
    if (typed.note().isBlank()) {
      return action.noteRequired().map(typed::withNoteError);
    }
    return Optional.empty();
  }

  /** A typed time: the instant it names, or why it names none. Neither when nothing was typed. */
  record Time(Optional<Instant> at, Optional<String> refusal) {}

  /** The time typed, read in the edition's zone; a refusal with the text kept when unreadable. */
  static Time at(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return new Time(Optional.empty(), Optional.empty());
    }
    Matcher m = TYPED.matcher(text.strip());
    Optional<LocalDateTime> local = Optional.empty();
    if (m.matches()) {
      String hour = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
      local = Params.dateTime(m.group(1) + "T" + hour + ":" + m.group(3));
    }
    if (local.isEmpty()) {
      return new Time(
          Optional.empty(),
          Optional.of(
              "\""
                  + text.strip()
                  + "\" is not a date and time: write it as "
                  + example(zone)
                  + " (year-month-day, 24-hour time, "
                  + zone
                  + ")."));
    }
    return new Time(Optional.of(local.get().atZone(zone).toInstant()), Optional.empty());
  }

  /** The typed fields with a refused action's message beside its field; empty when about none. */
  static Optional<WorkflowFields> beside(WorkflowFields typed, Workflow.Outcome outcome) {
    return switch (outcome.field()) {
      case "at" -> Optional.of(typed.withAtError(outcome.refusal()));
      case "note" -> Optional.of(typed.withNoteError(outcome.refusal()));
      default -> Optional.empty();
    };
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
      String shown =
          Params.instant(m.group()).map(i -> INPUT.format(i.atZone(zone))).orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** What the editor says after an action, by its code; empty for an unknown code. */
  static String notice(String code) {
    return Action.byCode(code)
        .map(
            a ->
                switch (a) {
                  case SUBMIT -> "Submitted to the desk.";
                  case RETURN -> "Returned to the reporter.";
                  case PUBLISH -> "Published.";
                  case SCHEDULE -> "Scheduled.";
                  case UNSCHEDULE -> "Schedule cancelled.";
                  case EMBARGO ->
                      "Embargoed: subscribers have it; the public will see it when the embargo"
                          + " ends.";
                  case UPDATE -> "Update published.";
                  case CORRECT -> "Correction published.";
                  case KILL ->
                      "Killed: the story is gone from every public page; readers see the reason.";
                  case REINSTATE -> "Reinstated: the story is public again, as a new version.";
                  case REEMBARGO -> "Embargo time changed: subscribers have the new time.";
                })
        .orElse("");
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
