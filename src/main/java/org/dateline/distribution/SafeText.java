package org.dateline.distribution;

/**
 * Text that every wire format can carry. XML 1.0 cannot hold most control characters at all (not
 * even escaped), so a stray one in a headline would make a NewsML-G2 item or a feed unreadable;
 * they are removed once, when a {@link WireItem} is built, and every writer can trust its input.
 * Letters of every script, and the bidirectional marks right-to-left text needs, are kept.
 */
public final class SafeText {
  private SafeText() {}

  /**
   * The text without characters XML 1.0 forbids or discourages: C0 controls except tab, line feed
   * and carriage return, DEL and the C1 controls, unpaired surrogates, U+FFFE and U+FFFF.
   */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep;
      if (Character.isHighSurrogate(c)) {
        keep = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (keep) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        keep = allowed(c);
      }
      if (!keep && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (keep && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@link #clean} and, for one-line values (names, headlines), runs of white space as one space.
   */
  public static String line(String text) {
    return clean(text).replaceAll("[\\t\\n\\r\\u2028\\u2029]+", " ").strip();
  }

  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return false;
    }
    return !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
