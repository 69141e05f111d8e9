package org.dateline.web.newsroom;

import java.util.List;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.newsroom.workflow.StoryNote;

/**
 * The editor's notes thread (decision 0073): the notes, oldest first, with author, role and time in
 * the edition's zone; the form to add one (what was typed and the refusal beside it); and the
 * return that made the story a draft again, for the top of the editor.
 */
public record NoteThread(
    String action,
    String zone,
    List<Row> notes,
    String typed,
    String error,
    Optional<Row> returned,
    int maxText) {

  /** One note as shown: {@code returned} for the note that came with a return to the reporter. */
  public record Row(
      int n,
      String author,
      String role,
      String when,
      String whenIso,
      List<String> lines,
      boolean returned) {}

  static NoteThread of(
      long storyId,
      List<StoryNote> notes,
      Optional<StoryNote> returned,
      Edition edition,
      String typed,
      String error) {
    return new NoteThread(
        "/newsroom/stories/" + storyId + "/notes",
        edition.zone().getId(),
        notes.stream().map(n -> row(n, edition)).toList(),
        typed,
        error,
        returned.map(n -> row(n, edition)),
        org.dateline.newsroom.workflow.StoryNotes.MAX_TEXT);
  }

  static Row row(StoryNote note, Edition edition) {
    return new Row(
        note.n(),
        note.authorName(),
        note.authorRole().code(),
        edition.format(note.at()),
        note.at().toString(),
        note.text().isEmpty() ? List.of() : note.text().lines().toList(),
        note.kind() == StoryNote.Kind.RETURN);
  }
}
