package org.dateline.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalizer for text that enters the store (story fields, names, feedback, section names,
 * imports): Unicode NFC, no control characters (a newline only where a field has lines), and
 * nothing invisible at either end, so a field made only of zero-width or no-break spaces is empty.
 * Invisible characters inside the text are kept: a zero-width joiner or non-joiner is part of how
 * some scripts are written (Persian, Hindi, emoji). Thread-safe (no state).
 */
public final class Text {
  private Text() {}

  /**
   * One line of text: NFC; tabs, newlines and other line breaks become spaces; every other control
   * character (NUL, BEL, ESC, DEL, C1) is removed; blank characters at either end are dropped.
   */
  public static String line(String text) {
    return strip(clean(text, false));
  }

  /**
   * Text with lines (feedback, notes): like {@link #line} but line breaks ({@code \r\n}, {@code
   * \r}, U+2028, U+2029, NEL) become {@code \n} and are kept; tabs are kept.
   */
  public static String lines(String text) {
    return strip(clean(text, true));
  }

  /**
   * A name (a byline, a topic, a section, a user): one line with every run of white space, no-break
   * spaces included, made one ordinary space.
   */
  public static String name(String text) {
    StringBuilder out = new StringBuilder();
    String line = line(text);
    boolean space = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * What identifies a name: {@link #name} case-folded (full folding, so "STRASSE" and "straße" are
   * one name, and so are final and medial sigma) and in NFC. Two names with the same key are the
   * same person or topic.
   */
  public static String key(String text) {
    String folded = name(text).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  /**
   * Whether the text shows nothing: empty, or only white space, controls, format characters (zero
   * width space, joiners, direction marks, BOM) and fillers. Required-field rules use this.
   */
  public static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!isInvisible(cp)) {
        return false;
      }
    }
    return true;
  }

  /** How many characters (code points) the text has, as a person would count them. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String clean(String text, boolean keepLines) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // Text read back from the store is already clean: checked without copying (the rebuild reads
    // every story's text through here, decision 0114); anything to change takes the loop below.
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    if (isClean(nfc)) {
      return nfc;
    }
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        if (i < nfc.length() && nfc.charAt(i) == '\n') {
          i++;
        }
        out.append(keepLines ? '\n' : ' ');
      } else if (cp == '\n'
          || cp == 0x85
          || cp == 0x2028
          || cp == 0x2029
          || cp == 0x0B
          || cp == 0x0C) {
        out.append(keepLines ? '\n' : ' ');
      } else if (cp == '\t') {
        out.append(keepLines ? '\t' : ' ');
      } else if (!dropped(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Whether {@link #clean} would keep every character as it is (no line break, tab or control). */
  private static boolean isClean(String nfc) {
    for (int i = 0; i < nfc.length(); ) {
      char c = nfc.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        i++;
        continue;
      }
      int cp = nfc.codePointAt(i);
      if (cp == 0x2028 || cp == 0x2029 || dropped(cp)) {
        return false; // tab, line breaks and the other controls are all CONTROL, so dropped
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** NUL, BEL, ESC, DEL, the C1 controls, unpaired surrogates and non-characters. */
  private static boolean dropped(int cp) {
    return Character.getType(cp) == Character.CONTROL
        || (cp >= 0xD800 && cp <= 0xDFFF)
        || cp == 0xFFFE
        || cp == 0xFFFF;
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isInvisible(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isInvisible(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** White space, controls, format characters (Cf), and the Hangul and Braille blanks. */
  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return isSpace(cp)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || cp == 0x034F // combining grapheme joiner
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0 // Hangul fillers
        || cp == 0x2800 // Braille blank
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors alone show nothing
        || cp == 0xFFFC; // object replacement character
  }
}
