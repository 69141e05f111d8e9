package org.dateline.web.newsroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryNote;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.web.newsroom.NewsroomModel.UpcomingRow;

/**
 * The dashboard's desk panels (issue 10 point 9, decision 0073): the user's own stories an editor
 * returned, with the return's note; and an editor's queue (the submitted stories, oldest waiting
 * first) or a reporter's own stories with their stages (newest change first).
 */
public final class DashboardDesk {
  static final int ROWS = 10;

  private final Stories stories;
  private final StoryNotes notes;

  DashboardDesk(Stories stories, StoryNotes notes) {
    this.stories = stories;
    this.notes = notes;
  }

  /** A returned story: its headline, the editor's note (lines), who returned it and when. */
  public record ReturnedRow(
      String headline, String href, List<String> lines, String by, String when, String whenIso) {}

  /** What the panels show this user. */
  public record Panel(
      boolean editor, List<UpcomingRow> stories, List<ReturnedRow> returned, String zone) {}

  Panel panel(User user, Edition edition) {
    List<ReturnedRow> returned = new ArrayList<>();
    for (StoryNote.Returned r : notes.returnedTo(user, ROWS)) {
      NoteThread.Row note = NoteThread.row(r.note(), edition);
      returned.add(
          new ReturnedRow(
              headline(r.headline()),
              "/newsroom/stories/" + r.storyId(),
              note.lines(),
              note.author(),
              note.when(),
              note.whenIso()));
    }
    boolean editor = user.can(Permission.EDIT_ANY);
    List<Story> listed;
    if (editor) {
      listed =
          new ArrayList<>(
              stories.desk(
                  new DeskQuery(
                      Stage.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty()),
                  user,
                  ROWS));
      listed.sort(Comparator.comparing(Story::updatedAt).thenComparing(Story::id));
    } else {
      listed = new ArrayList<>();
      for (Stage stage : Stage.values()) {
        listed.addAll(
            stories.desk(
                new DeskQuery(stage, Optional.empty(), Optional.empty(), Optional.empty()),
                user,
                ROWS));
      }
      listed.sort(Comparator.comparing(Story::updatedAt).thenComparing(Story::id).reversed());
      listed = listed.subList(0, Math.min(ROWS, listed.size()));
    }
    List<UpcomingRow> rows = new ArrayList<>();
    for (Story s : listed) {
      rows.add(
          new UpcomingRow(
              headline(s.draft().headline()),
              "/newsroom/stories/" + s.id(),
              s.stage().label(),
              edition.format(s.updatedAt()),
              s.updatedAt().toString(),
              s.createdByName()));
    }
    return new Panel(editor, rows, returned, edition.zone().getId());
  }

  private static String headline(String headline) {
    return headline.isEmpty() ? "(no headline yet)" : headline;
  }
}
