package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.article.Block;
import org.dateline.web.newsroom.NewsroomModel.Frame;
import org.dateline.web.newsroom.NewsroomModel.Option;

/** The page models of the incoming desk and the routing rules. Records only. */
public final class IncomingModel {
  private IncomingModel() {}

  /** One row of the incoming desk. */
  public record Row(
      long id,
      String href,
      String provider,
      String headline,
      String urgency,
      long version,
      String versionAt,
      String state,
      String edition,
      String notice) {}

  /** A kill of an item already used: shown at the top of the desk. */
  public record Notice(String href, String headline, String text) {}

  /** The incoming desk: its filter, rows and notices. */
  public record DeskPage(
      Frame frame,
      List<Option> providers,
      List<Option> states,
      String urgency,
      String edition,
      String words,
      List<Row> rows,
      List<Notice> notices,
      String keep) {}

  /**
   * A picture that came with an item: its caption and credit, the newsroom's address of the photo
   * stored from it ({@code src} empty when it was refused, or not fetched by an older version), why
   * it was refused, and the partner's address it came from (shown as text, never loaded).
   */
  public record Picture(
      String caption, String credit, String src, String alt, String problem, String href) {}

  /** A use of the item: what was made, where, by whom. */
  public record Use(String text, String href) {}

  /** One item as it would look, with take and publish. */
  public record ItemPage(
      Frame frame,
      long id,
      Row row,
      String guid,
      String language,
      String summary,
      String dateline,
      String bylines,
      String subjects,
      List<Block> body,
      List<Picture> pictures,
      List<Use> uses,
      boolean mayPublish,
      boolean usable,
      List<Option> takeInto) {}

  /** A rule's fields as the form shows them. */
  public record RuleFields(
      String name,
      String provider,
      String combine,
      String languages,
      String urgency,
      String subjects,
      String words,
      String mode,
      String edition,
      String section,
      String byline,
      boolean stop) {
    static RuleFields blank() {
      return new RuleFields("", "", "all", "", "", "", "", "draft", "", "", "", true);
    }
  }

  /** One rule in the list. */
  public record RuleRow(
      long id, int place, String name, String provider, String filter, String action) {}

  /** The rules page: the ordered list and the form to add one. */
  public record RulesPage(
      Frame frame,
      List<RuleRow> rules,
      List<String> providers,
      List<String> trusted,
      List<String> sections) {
    public RuleFields blank() {
      return RuleFields.blank();
    }
  }

  /** What a rule matched. */
  public record Match(String headline, String href, String provider, String at, String outcome) {}

  /** One rule: its form and its recent matches. */
  public record RulePage(
      Frame frame,
      long id,
      RuleFields fields,
      List<Match> matches,
      List<String> providers,
      List<String> sections) {}
}
