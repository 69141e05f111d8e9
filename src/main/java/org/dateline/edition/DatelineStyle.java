package org.dateline.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Dateline;

/**
 * How an edition writes a story's dateline (decision 0068), as a pattern of literal text and four
 * fields: {@code {PLACE}} (the place in capitals), {@code {place}} (as written), {@code
 * {date:PATTERN}} (the dateline's date as written; the pattern says how the edition writes a date,
 * e.g. {@code MMM. d} or {@code d 'de' MMMM}) and {@code {source}}. A part in square brackets is
 * left out when its field is empty. English: {@code {PLACE}[, {date:MMM. d}][ ({source})] --} gives
 * {@code WASHINGTON, Feb. 3 (Yonhap) --}; Spanish: {@code {place}[, {date:d 'de' MMMM}][
 * ({source})] --} gives {@code Seúl, 17 de diciembre (Yonhap) --}. The same pattern reads a
 * dateline off the start of an imported paragraph.
 */
public record DatelineStyle(String pattern) {
  private static final Pattern FIELD =
      Pattern.compile("\\{(PLACE|place|source|date(?::([^}]+))?)\\}");

  /** The default edition's style: the seed's {@code WASHINGTON, Feb. 3 (Yonhap) --}. */
  public static final DatelineStyle ENGLISH =
      new DatelineStyle("{place}[, {date:MMM. d}][ ({source})] --");

  private sealed interface Part {}

  private record Literal(String text) implements Part {}

  private record Field(String name) implements Part {}

  private record Optional_(List<Part> parts) implements Part {}

  public DatelineStyle {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("dateline style must not be empty");
    }
    List<Part> parts = parse(pattern);
    if (parts.stream().noneMatch(p -> p instanceof Field f && f.name().equalsIgnoreCase("place"))) {
      throw new IllegalArgumentException(
          "dateline style must hold {PLACE} or {place} outside brackets, got " + pattern);
    }
    String date = datePattern(pattern);
    if (!date.isEmpty()) {
      try {
        var unused = DateTimeFormatter.ofPattern(date, Locale.ENGLISH);
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(
            "dateline style's date pattern " + date + " is not valid: " + bad.getMessage(), bad);
      }
    }
  }

  /** The dateline in this style, without the space that follows it. */
  public String render(Dateline d) {
    StringBuilder out = new StringBuilder();
    for (Part p : parse(pattern)) {
      append(out, p, d);
    }
    return out.toString();
  }

  /** A date as this style writes a dateline's date, in the edition's zone and language. */
  public String date(Instant instant, ZoneId zone, Locale locale) {
    String p = datePattern(pattern);
    return p.isEmpty() ? "" : DateTimeFormatter.ofPattern(p, locale).withZone(zone).format(instant);
  }

  /**
   * A dateline in this style at the start of a paragraph, and the rest of it; empty when the
   * paragraph does not start with one.
   */
  public Optional<Dateline.Split> split(String paragraph) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^");
    for (Part p : parse(pattern)) {
      regex(regex, p, names);
    }
    regex.append("\\s*(.+)$");
    Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(paragraph.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String place = "";
    String date = "";
    String source = "";
    for (int i = 0; i < names.size(); i++) {
      String v = m.group(i + 1) == null ? "" : m.group(i + 1).strip();
      switch (names.get(i)) {
        case "PLACE", "place" -> place = v;
        case "source" -> source = v;
        default -> date = v;
      }
    }
    if (place.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Dateline.Split(new Dateline(place, date, source), m.group(names.size() + 1)));
  }

  private static void regex(StringBuilder regex, Part p, List<String> names) {
    if (p instanceof Literal l) {
      regex.append(Pattern.quote(l.text()));
    } else if (p instanceof Field f) {
      names.add(f.name());
      regex.append(
          switch (f.name()) {
            case "PLACE" -> "(\\p{Lu}[\\p{Lu}\\p{M} .'’&/-]*?)";
            case "source" -> "([^()=【】]{1,60}?)";
            default -> "([^()=,，、【】]{1,60}?)";
          });
    } else if (p instanceof Optional_ o) {
      regex.append("(?:");
      o.parts().forEach(q -> regex(regex, q, names));
      regex.append(")?");
    }
  }

  private static void append(StringBuilder out, Part p, Dateline d) {
    if (p instanceof Literal l) {
      out.append(l.text());
    } else if (p instanceof Field f) {
      out.append(value(f, d));
    } else if (p instanceof Optional_ o) {
      boolean filled =
          o.parts().stream().noneMatch(q -> q instanceof Field f && value(f, d).isEmpty());
      if (filled) {
        o.parts().forEach(q -> append(out, q, d));
      }
    }
  }

  private static String value(Field f, Dateline d) {
    return switch (f.name()) {
      case "PLACE" -> d.place().toUpperCase(Locale.ROOT);
      case "place" -> d.place();
      case "source" -> d.source();
      default -> d.date();
    };
  }

  private static String datePattern(String pattern) {
    Matcher m = FIELD.matcher(pattern);
    while (m.find()) {
      if (m.group(2) != null) {
        return m.group(2);
      }
    }
    return "";
  }

  private static List<Part> parse(String pattern) {
    List<Part> top = new ArrayList<>();
    List<Part> current = top;
    int i = 0;
    StringBuilder lit = new StringBuilder();
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '[' || c == ']') {
        if (lit.length() > 0) {
          current.add(new Literal(lit.toString()));
          lit.setLength(0);
        }
        if (c == '[') {
          if (current != top) {
            throw new IllegalArgumentException("dateline style: brackets do not nest");
          }
          current = new ArrayList<>();
        } else {
          if (current == top) {
            throw new IllegalArgumentException("dateline style: ] without [");
          }
          top.add(new Optional_(List.copyOf(current)));
          current = top;
        }
        i++;
      } else if (c == '{') {
        Matcher m = FIELD.matcher(pattern);
        if (!m.find(i) || m.start() != i) {
          throw new IllegalArgumentException(
              "dateline style: unknown field at "
                  + pattern.substring(i)
                  + "; fields are {PLACE}, {place}, {date:PATTERN} and {source}");
        }
        if (lit.length() > 0) {
          current.add(new Literal(lit.toString()));
          lit.setLength(0);
        }
        current.add(new Field(m.group(1).startsWith("date") ? "date" : m.group(1)));
        i = m.end();
      } else {
        lit.append(c);
        i++;
      }
    }
    if (current != top) {
      throw new IllegalArgumentException("dateline style: [ without ]");
    }
    if (lit.length() > 0) {
      top.add(new Literal(lit.toString()));
    }
    return top;
  }
}
