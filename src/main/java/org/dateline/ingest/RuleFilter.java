package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.article.Block;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.shared.Html;
import org.dateline.shared.Text;

/**
 * What a routing rule looks for in an incoming item. Each condition that is set is one test —
 * language (one of the codes, {@code en} also matching {@code en-GB}), urgency (1 to {@code
 * maxUrgency}; an item without urgency never passes), subject (one of the names or codes, as the
 * feed gives them: subjects, categories, sections) and words (one of the words or phrases in the
 * headline, summary or body) — and {@code combine} says whether all set conditions or any one must
 * hold. A filter with no condition matches every item. Pure.
 *
 * @param maxUrgency 0 when urgency is no condition
 */
public record RuleFilter(
    Combine combine,
    List<String> languages,
    int maxUrgency,
    List<String> subjects,
    List<String> words) {

  /** How the set conditions combine. */
  public enum Combine {
    ALL,
    ANY;

    /** The word the store and the forms use. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The combination a stored word names. */
    public static Combine of(String word) {
      return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }
  }

  public RuleFilter {
    languages = clean(languages);
    subjects = clean(subjects);
    words = clean(words);
    if (maxUrgency < 0 || maxUrgency > 9) {
      throw new IllegalArgumentException("urgency runs from 1 to 9");
    }
  }

  /** Whether the item passes this filter. */
  public boolean matches(IncomingItem item) {
    List<Boolean> tests = new ArrayList<>();
    if (!languages.isEmpty()) {
      tests.add(language(item.language()));
    }
    if (maxUrgency > 0) {
      tests.add(item.urgency() >= 1 && item.urgency() <= maxUrgency);
    }
    if (!subjects.isEmpty()) {
      tests.add(subject(item));
    }
    if (!words.isEmpty()) {
      tests.add(words(item));
    }
    if (tests.isEmpty()) {
      return true;
    }
    return combine == Combine.ALL
        ? tests.stream().allMatch(Boolean::booleanValue)
        : tests.stream().anyMatch(Boolean::booleanValue);
  }

  /** The filter in words, for the rules page. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!languages.isEmpty()) {
      parts.add("language " + String.join(" or ", languages));
    }
    if (maxUrgency > 0) {
      parts.add("urgency 1–" + maxUrgency);
    }
    if (!subjects.isEmpty()) {
      parts.add("subject " + String.join(" or ", subjects));
    }
    if (!words.isEmpty()) {
      parts.add("words " + String.join(" or ", words.stream().map(w -> "“" + w + "”").toList()));
    }
    if (parts.isEmpty()) {
      return "every item";
    }
    return String.join(combine == Combine.ALL ? " and " : " or ", parts);
  }

  private boolean language(String itemLanguage) {
    String lang = key(itemLanguage);
    if (lang.isEmpty()) {
      return false;
    }
    for (String wanted : languages) {
      String w = key(wanted);
      if (lang.equals(w) || lang.startsWith(w + "-") || lang.startsWith(w + "_")) {
        return true;
      }
    }
    return false;
  }

  private boolean subject(IncomingItem item) {
    for (IncomingItem.Subject s : item.subjects()) {
      for (String wanted : subjects) {
        String w = key(wanted);
        if (w.equals(key(s.name())) || w.equals(key(s.code()))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean words(IncomingItem item) {
    StringBuilder text = new StringBuilder();
    text.append(item.headline()).append('\n').append(item.summary());
    for (Block b : item.body()) {
      if (b instanceof Block.Paragraph p) {
        text.append('\n').append(Html.toText(p.html()));
      } else if (b instanceof Block.Heading h) {
        text.append('\n').append(h.text());
      } else if (b instanceof Block.Quote q) {
        text.append('\n').append(q.text());
      } else if (b instanceof Block.ListBlock l) {
        l.items().forEach(i -> text.append('\n').append(Html.toText(i)));
      }
    }
    String haystack = key(text.toString());
    return words.stream().anyMatch(w -> contains(haystack, key(w)));
  }

  /**
   * Whether the text has the word: as a whole word in scripts that separate words with spaces and
   * keep them apart (Latin, Greek, Cyrillic: "war" is not in "software"), anywhere in the others
   * (Chinese and Japanese have no spaces; Korean and Arabic attach particles and articles).
   */
  static boolean contains(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    if (!spaced(word)) {
      return text.contains(word);
    }
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean spaced(String word) {
    return word.codePoints()
        .filter(Character::isLetter)
        .allMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.LATIN
                  || script == Character.UnicodeScript.GREEK
                  || script == Character.UnicodeScript.CYRILLIC;
            });
  }

  private static String key(String s) {
    return Text.line(s).toLowerCase(Locale.ROOT);
  }

  private static List<String> clean(List<String> values) {
    return values.stream().map(Text::line).filter(v -> !v.isEmpty()).distinct().toList();
  }
}
