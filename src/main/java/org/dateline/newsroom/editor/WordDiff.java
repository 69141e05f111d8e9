package org.dateline.newsroom.editor;

import java.util.ArrayList;
import java.util.List;

/** A word-level difference between two texts (longest common subsequence of words). Pure. */
public final class WordDiff {
  private static final int MAX_WORDS = 6000;

  private WordDiff() {}

  /** A run of words: kept, removed (only in the old text) or added (only in the new). */
  public record Part(Kind kind, String text) {}

  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  public static List<Part> between(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    if ((long) a.length * b.length > (long) MAX_WORDS * MAX_WORDS) {
      return List.of(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after));
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        add(parts, Kind.SAME, a[i]);
        i++;
        j++;
      } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(parts, Kind.ADDED, b[j++]);
      } else {
        add(parts, Kind.REMOVED, a[i++]);
      }
    }
    return parts;
  }

  private static void add(List<Part> parts, Kind kind, String word) {
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(kind, last.text() + " " + word));
    } else {
      parts.add(new Part(kind, word));
    }
  }

  private static String[] words(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
