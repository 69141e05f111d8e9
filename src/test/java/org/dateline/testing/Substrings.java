package org.dateline.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Which of many strings occur in a text, in one pass over the text (Aho–Corasick): the same answer
 * as asking {@code text.contains(s)} for each, at the cost of reading the text once instead of once
 * per string. For the checks that look for hundreds of strings in thousands of pages ({@code
 * EmbargoPropertiesIT}, decision 0115). Matches {@code char} by {@code char}, as {@link
 * String#contains} does. {@code SubstringsTest} holds it to {@code contains} on random texts.
 */
public final class Substrings {
  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private final List<Integer> fail = new ArrayList<>();

  /** The strings that end at each state, its own and those of its fail chain (shortest last). */
  private final List<List<String>> ends = new ArrayList<>();

  private Substrings(Collection<String> strings) {
    newState();
    for (String s : strings) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty string occurs in every text");
      }
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer to = next.get(state).get(s.charAt(i));
        if (to == null) {
          to = newState();
          next.get(state).put(s.charAt(i), to);
        }
        state = to;
      }
      if (!ends.get(state).contains(s)) {
        ends.get(state).add(s);
      }
    }
    // Breadth first: a state's fail state (its longest proper suffix that is a prefix of some
    // string) is known before its children's.
    Queue<Integer> queue = new ArrayDeque<>();
    for (int child : next.get(0).values()) {
      fail.set(child, 0);
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
        int child = edge.getValue();
        int f = fail.get(state);
        while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
          f = fail.get(f);
        }
        Integer to = next.get(f).get(edge.getKey());
        fail.set(child, to == null || to == child ? 0 : to);
        ends.get(child).addAll(ends.get(fail.get(child)));
        queue.add(child);
      }
    }
  }

  private int newState() {
    next.add(new HashMap<>());
    fail.add(0);
    ends.add(new ArrayList<>());
    return next.size() - 1;
  }

  /** Looks for each of {@code strings} (none empty). */
  public static Substrings of(Collection<String> strings) {
    return new Substrings(strings);
  }

  /** The strings that occur in {@code text}. */
  public Set<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Integer to = next.get(state).get(c);
      while (to == null && state != 0) {
        state = fail.get(state);
        to = next.get(state).get(c);
      }
      state = to == null ? 0 : to;
      found.addAll(ends.get(state));
    }
    return found;
  }
}
