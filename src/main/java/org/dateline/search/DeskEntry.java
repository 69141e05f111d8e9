package org.dateline.search;

import java.lang.Character.UnicodeScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Block;
import org.dateline.newsroom.workflow.Story;

/**
 * A newsroom story as the desk's search indexes it: its working draft (complete or not), stage,
 * owner and section. Drafts carry no language: it is taken from the script of the text (Hangul:
 * Korean, kana: Japanese, Han alone: Chinese), otherwise English.
 */
public record DeskEntry(
    long storyId,
    String stage,
    long ownerId,
    String headline,
    String summary,
    List<Block> body,
    String section,
    List<String> names,
    String language,
    Instant updatedAt) {

  public DeskEntry {
    body = List.copyOf(body);
    names = List.copyOf(names);
  }

  static DeskEntry of(Story s) {
    var d = s.draft();
    List<String> names = new ArrayList<>(d.bylines());
    names.addAll(d.tags());
    return new DeskEntry(
        s.id(),
        s.stage().code(),
        s.createdBy(),
        d.headline(),
        d.summary(),
        d.body(),
        d.section(),
        names,
        language(d.headline() + " " + d.summary()),
        s.updatedAt());
  }

  static String language(String text) {
    boolean han = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      UnicodeScript script = UnicodeScript.of(cp);
      if (script == UnicodeScript.HANGUL) {
        return "ko";
      }
      if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        return "ja";
      }
      han |= script == UnicodeScript.HAN;
      i += Character.charCount(cp);
    }
    return han ? "zh" : "en";
  }
}
