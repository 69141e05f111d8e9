package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.article.Block;
import org.dateline.newsroom.editor.WordDiff;

/** The typed page models of the newsroom templates. Records only; values computed in Java. */
public final class NewsroomModel {
  private NewsroomModel() {}

  /** The newsroom frame: who is signed in, the CSRF token for its forms, the navigation. */
  public record Frame(
      String siteName,
      String userName,
      String role,
      String csrf,
      List<Nav> nav,
      int newFeedback,
      String css,
      String js,
      String editorJs,
      String editorCss,
      String favicon,
      String presenceJs,
      String flash) {}

  public record Nav(String label, String href, boolean current) {}

  public record LoginPage(
      String siteName,
      String css,
      String favicon,
      String email,
      String error,
      String next,
      String notice) {}

  /** One row of the desk. */
  public record DeskRow(
      long id,
      String href,
      String headline,
      String section,
      String author,
      String stage,
      String updated,
      String editing,
      String publicHref,
      String edition) {}

  public record Option(String value, String label, boolean selected) {}

  /**
   * The desk: {@code stages} are its tabs (every stage, then All, each with its count); {@code
   * olderHref} and {@code newestHref} page the Published and All tabs ("" when there is none);
   * {@code bulkActions} are an editor's (none for others), posted to {@code bulkHref}; {@code
   * bulkResults} say what a bulk action did to each story.
   */
  public record DeskPage(
      Frame frame,
      String stage,
      List<Option> stages,
      List<Option> sections,
      List<Option> authors,
      String query,
      List<DeskRow> rows,
      boolean canWrite,
      String olderHref,
      String newestHref,
      List<Option> bulkActions,
      String bulkHref,
      List<String> bulkResults,
      List<Option> editions,
      List<Option> newIn,
      List<TranslationModel.NoticeRow> notices) {
    /** The chosen edition's code, empty for every edition: the stage tabs keep it (0087). */
    public String edition() {
      return editions.stream().filter(Option::selected).map(Option::value).findFirst().orElse("");
    }
  }

  /** A workflow button: the action code, its label, whether it needs a time or a note. */
  public record ActionButton(
      String code, String label, boolean needsTime, boolean needsNote, boolean danger) {}

  /** The editor form's values (as typed, so nothing is lost when a save is refused). */
  public record StoryForm(
      String headline,
      String summary,
      String section,
      String bylines,
      String datelinePlace,
      String datelineDate,
      String datelineSource,
      String body,
      String tags,
      int urgency,
      String slug,
      String seoTitle,
      String seoDescription,
      String related) {}

  public record AuditRow(
      String when, String who, String action, String from, String to, String detail) {}

  public record StoryPage(
      Frame frame,
      long id,
      int version,
      String stage,
      StoryForm form,
      List<Option> sections,
      String error,
      String notice,
      String editingWarning,
      List<ActionButton> actions,
      List<AuditRow> audit,
      String publicHref,
      String scheduleInfo,
      boolean editable,
      String zone,
      WorkflowFields workflow,
      String atExample,
      List<Block> body,
      LiveChanges live,
      String source,
      NoteThread notes,
      Sharing sharing,
      String edition,
      TranslationModel.Box translations) {}

  /**
   * The editor's address, search and sharing fields (decision 0080): the slug the headline gives
   * (shown when none is chosen), the start of the story's address, the site's name for the
   * previews, and the related stories picked so far.
   */
  public record Sharing(
      String automaticSlug, String addressStart, String siteName, List<Pick> picks) {
    public int titleShown() {
      return org.dateline.article.Presentation.TITLE_SHOWN;
    }

    public int descriptionShown() {
      return org.dateline.article.Presentation.DESCRIPTION_SHOWN;
    }

    public int maxRelated() {
      return org.dateline.article.Presentation.MAX_RELATED;
    }
  }

  /** A related story picked: its id, headline, and why readers will not see it (or ""). */
  public record Pick(long id, String headline, String note) {}

  /**
   * The story form's workflow fields as typed (time for a schedule or embargo, note), with the
   * message beside the one an action refused for being empty or unreadable.
   */
  public record WorkflowFields(String at, String note, String atError, String noteError) {
    public static final WorkflowFields NONE = new WorkflowFields("", "", "", "");

    public WorkflowFields withAtError(String message) {
      return new WorkflowFields(at, note, message, "");
    }

    public WorkflowFields withNoteError(String message) {
      return new WorkflowFields(at, note, "", message);
    }
  }

  /**
   * For a published story whose working copy differs from what readers have: the live headline and
   * the word diff against the live version ({@link #NONE} otherwise).
   */
  public record LiveChanges(boolean unpublished, String liveHeadline, List<FieldDiff> liveDiff) {
    public static final LiveChanges NONE = new LiveChanges(false, "", List.of());
  }

  /** The kill confirmation: the story's headline and the reason as typed (required). */
  public record KillPage(
      Frame frame, long id, int version, String headline, String reason, String error) {}

  public record RevisionRow(int version, String who, String when, String note, boolean current) {}

  public record HistoryPage(
      Frame frame, long id, String headline, List<RevisionRow> revisions, boolean canRestore) {}

  public record VersionPage(
      Frame frame,
      long id,
      int version,
      String who,
      String when,
      StoryForm form,
      boolean canRestore) {}

  public record DiffPage(Frame frame, long id, int from, int to, List<FieldDiff> fields) {}

  /** The word diff of one field; {@code parts} is empty when the field did not change. */
  public record FieldDiff(String field, List<WordDiff.Part> parts) {}

  /** A save refused because someone saved meanwhile: what changed, and the user's own text kept. */
  public record StalePage(
      Frame frame,
      long id,
      String message,
      List<FieldDiff> changes,
      StoryForm attempted,
      int currentVersion) {}

  public record MessagePage(
      Frame frame, int status, String title, String message, String backHref) {}

  public record AccountPage(Frame frame, String name, String email, String role, int minPassword) {}

  /**
   * The dashboard: its own style sheet (the charts' colours), the zone its days are cut in, two
   * charts, the newest feedback (only for those who triage it) and the next scheduled or embargoed
   * stories.
   */
  public record DashboardPage(
      Frame frame,
      String stylesheet,
      String zone,
      BarChart.Chart published,
      BarChart.Chart feedback,
      boolean showFeedback,
      List<FeedbackItem> newestFeedback,
      List<UpcomingRow> upcoming,
      DashboardDesk.Panel desk,
      List<TranslationModel.NoticeRow> notices) {}

  /** A reader's message on the dashboard, its text as lines (escaped by the template). */
  public record FeedbackItem(
      String received,
      String receivedIso,
      List<String> lines,
      String headline,
      String publicHref,
      String storyFeedbackHref) {}

  /** A scheduled or embargoed story and when it goes out. */
  public record UpcomingRow(
      String headline, String href, String stage, String when, String whenIso, String author) {}
}
