package org.dateline.newsroom.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between two texts (longest common subsequence of words). Pure.
 *
 * <p>Words are runs between white space; in scripts written without spaces (Chinese, Japanese)
 * every character is a word of its own. The words both texts begin and end with are matched first,
 * for free; only the middle is compared, in a table of at most {@link #MAX_CELLS} cells (4 MB).
 * When the middles are too long for that, whole lines are compared instead, and when even the lines
 * are too many, the result is the old text removed and the new one added (decision 0021).
 */
public final class WordDiff {
  /** The most cells the comparison table may have: {@code int}s, so 4 MB. */
  static final int MAX_CELLS = 1_000_000;

  private WordDiff() {}

  /** A run of words: kept, removed (only in the old text) or added (only in the new). */
  public record Part(Kind kind, String text) {}

  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** How a diff was computed: the unit compared and the size of the table it used. */
  record Plan(Unit unit, long cells) {}

  enum Unit {
    WORDS,
    LINES,
    WHOLE
  }

  public static List<Part> between(String before, String after) {
    return compute(before, after).parts();
  }

  /** The parts and how they were computed (what the memory bound's tests look at). */
  static Result compute(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    long cells = middleCells(a, b);
    if (cells <= MAX_CELLS) {
      return new Result(diff(a, b), new Plan(Unit.WORDS, cells));
    }
    List<String> la = lines(before);
    List<String> lb = lines(after);
    cells = middleCells(la, lb);
    if (cells <= MAX_CELLS) {
      return new Result(diff(la, lb), new Plan(Unit.LINES, cells));
    }
    List<Part> whole = new ArrayList<>();
    add(whole, Kind.REMOVED, before == null ? "" : before.strip());
    add(whole, Kind.ADDED, after == null ? "" : after.strip());
    whole.removeIf(p -> p.text().isEmpty());
    return new Result(List.copyOf(whole), new Plan(Unit.WHOLE, 0));
  }

  record Result(List<Part> parts, Plan plan) {}

  /** The cells of the table for the words between the common beginning and end. */
  private static long middleCells(List<String> a, List<String> b) {
    int start = commonStart(a, b);
    int end = commonEnd(a, b, start);
    return (long) (a.size() - start - end + 1) * (b.size() - start - end + 1);
  }

  private static int commonStart(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    return n;
  }

  private static int commonEnd(List<String> a, List<String> b, int start) {
    int n = 0;
    while (n < a.size() - start
        && n < b.size() - start
        && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static List<Part> diff(List<String> a, List<String> b) {
    int start = commonStart(a, b);
    int end = commonEnd(a, b, start);
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < start; k++) {
      add(parts, Kind.SAME, a.get(k));
    }
    List<String> ma = a.subList(start, a.size() - end);
    List<String> mb = b.subList(start, b.size() - end);
    int[][] lcs = new int[ma.size() + 1][mb.size() + 1];
    for (int i = ma.size() - 1; i >= 0; i--) {
      for (int j = mb.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            ma.get(i).equals(mb.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < ma.size() || j < mb.size()) {
      if (i < ma.size() && j < mb.size() && ma.get(i).equals(mb.get(j))) {
        add(parts, Kind.SAME, ma.get(i));
        i++;
        j++;
      } else if (i < ma.size() && (j == mb.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        add(
            parts,
            Kind.REMOVED,
            ma.get(i++)); // the old words before the new ones that replace them
      } else {
        add(parts, Kind.ADDED, mb.get(j++));
      }
    }
    for (int k = a.size() - end; k < a.size(); k++) {
      add(parts, Kind.SAME, a.get(k));
    }
    return List.copyOf(parts);
  }

  private static void add(List<Part> parts, Kind kind, String word) {
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
      Part last = parts.remove(parts.size() - 1);
      String glue = endsUnspaced(last.text()) && unspaced(word.codePointAt(0)) ? "" : " ";
      parts.add(new Part(kind, last.text() + glue + word));
    } else {
      parts.add(new Part(kind, word));
    }
  }

  /** The words of a text; each character of a script written without spaces is a word. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String t = text == null ? "" : text;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        flush(word, words);
      } else if (unspaced(cp)) {
        flush(word, words);
        words.add(new String(Character.toChars(cp)));
      } else {
        word.appendCodePoint(cp);
      }
    }
    flush(word, words);
    return words;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    (text == null ? "" : text)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .forEach(lines::add);
    return lines;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean endsUnspaced(String text) {
    return !text.isEmpty() && unspaced(text.codePointBefore(text.length()));
  }

  /** Han, Hiragana and Katakana: scripts written without spaces between words. */
  private static boolean unspaced(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
