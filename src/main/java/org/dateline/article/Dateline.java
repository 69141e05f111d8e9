package org.dateline.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.shared.Text;

/**
 * Where and when a story was reported and by which agency, e.g. {@code WASHINGTON, Feb. 3
 * (Yonhap)}. Kept apart from the body and rendered at the start of the first paragraph.
 */
public record Dateline(String place, String date, String source) {
  private static final Pattern LEAD =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}\\p{M} .,'’&/-]*?), (\\p{L}{3,9}\\.? \\d{1,2}) \\(([^()]{1,60})\\) -- (.+)$",
          Pattern.DOTALL);

  public Dateline {
    place = Text.line(place);
    date = Text.line(date);
    source = Text.line(source);
    if (place.isEmpty()) {
      throw new IllegalArgumentException("dateline place must not be empty");
    }
  }

  /** The text that opens the first paragraph: {@code WASHINGTON, Feb. 3 (Yonhap) -- }. */
  public String lead() {
    StringBuilder b = new StringBuilder(place);
    if (!date.isEmpty()) {
      b.append(", ").append(date);
    }
    if (!source.isEmpty()) {
      b.append(" (").append(source).append(')');
    }
    return b.append(" -- ").toString();
  }

  /** A dateline and the rest of the paragraph, split off the start of a first paragraph. */
  public record Split(Dateline dateline, String rest) {}

  /** Splits a first paragraph that starts with a dateline; empty when it does not. */
  public static Optional<Split> splitFrom(String paragraph) {
    Matcher m = LEAD.matcher(paragraph);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Split(new Dateline(m.group(1), m.group(2), m.group(3)), m.group(4)));
  }
}
