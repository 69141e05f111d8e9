package org.dateline.ingest;

import java.util.Locale;
import org.dateline.shared.Text;

/**
 * What a routing rule does with an item it matches: puts it on an edition's incoming desk only
 * ({@code DESK}), makes a newsroom draft of it ({@code DRAFT}), or publishes it at once ({@code
 * PUBLISH}, only for a trusted provider), with the section and byline to give the story; {@code
 * stop} says whether later rules still run.
 *
 * @param edition the edition's code as text ({@code en}, {@code ko}), empty for the default one
 * @param byline the byline a made story gets; empty keeps the item's (or the provider's name)
 */
public record RuleAction(Mode mode, String edition, String section, String byline, boolean stop) {

  /** Where a matched item goes. */
  public enum Mode {
    DESK,
    DRAFT,
    PUBLISH;

    /** The word the store and the forms use. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a stored word names. */
    public static Mode of(String word) {
      return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }
  }

  public RuleAction {
    edition = Text.line(edition).toLowerCase(Locale.ROOT);
    section = Text.name(section);
    byline = Text.line(byline);
  }

  /** The action in words, for the rules page. */
  public String describe() {
    String where = edition.isEmpty() ? "" : " (edition " + edition + ")";
    String what =
        switch (mode) {
          case DESK -> "to the incoming desk" + where;
          case DRAFT -> "as a newsroom draft" + where;
          case PUBLISH -> "published at once" + where;
        };
    if (!section.isEmpty()) {
      what += ", section " + section;
    }
    if (!byline.isEmpty()) {
      what += ", byline " + byline;
    }
    return what + (stop ? "; then stop" : "; then go on");
  }
}
