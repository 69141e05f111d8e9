package org.dateline.ingest.format;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.shared.Html;
import org.dateline.shared.Text;

/**
 * Reads and writes the seed's text format: an article page as a text browser shows it. A pure
 * adapter: text in, {@link SeedStory} out, and back.
 *
 * <p>Reading: page chrome (skip links, the feedback widget) is dropped; the first line is the
 * headline; the next line is the section label followed by the time in the edition's pattern; lines
 * starting with "By " are bylines; the first body paragraph may open with a dateline; a line
 * repeated on consecutive lines is a photo (the text browser shows alt text, then caption).
 *
 * <p>Format changelog: 1 — first version, as the seed page of 2022-02-04.
 */
public final class SeedTextFormat {
  /** Lines the site adds around every story; they are not part of the story. */
  private static final Set<String> CHROME =
      Set.of(
          "Go to Contents Go to Navigation",
          "Go to Contents",
          "Go to Navigation",
          "Send Feedback",
          "How can we improve?",
          "Thanks for your feedback!");

  private static final Pattern BYLINE = Pattern.compile("^By (.+)$");
  private static final Pattern CREDIT = Pattern.compile("\\(([^()]{1,60})\\)\\s*$");
  private static final int MAX_HEADLINE = 300;

  private final DateTimeFormatter timeFormat;
  private final Function<String, Optional<Dateline.Split>> datelines;

  /** A format whose time line follows the given pattern (the edition's). */
  public SeedTextFormat(String datePattern) {
    this(datePattern, Locale.ENGLISH, Dateline::splitFrom);
  }

  /**
   * A format of one language edition (decision 0068): its time line follows {@code datePattern} in
   * {@code locale}, and {@code datelines} splits a dateline in the edition's style off the first
   * paragraph.
   */
  public SeedTextFormat(
      String datePattern, Locale locale, Function<String, Optional<Dateline.Split>> datelines) {
    this.timeFormat = DateTimeFormatter.ofPattern(datePattern, locale);
    this.datelines = datelines;
  }

  /** Reads one story; throws {@link NotAnArticle} naming what is missing. */
  public SeedStory read(String text) {
    if (text == null || text.isBlank()) {
      throw new NotAnArticle("the file is empty");
    }
    if (looksBinary(text)) {
      throw new NotAnArticle("the file is not text (it holds control characters)");
    }
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = Text.line(raw); // control characters alone make no line (nor a photo)
      if (!line.isEmpty() && !CHROME.contains(line)) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw new NotAnArticle("no headline: the file holds only page chrome");
    }
    String headline = lines.get(0);
    if (headline.length() > MAX_HEADLINE) {
      throw new NotAnArticle(
          "no headline: the first line is longer than " + MAX_HEADLINE + " characters");
    }
    if (lines.size() < 2) {
      throw new NotAnArticle("no section and time line after the headline");
    }
    int at = 1;
    Optional<Stamp> stamp = stamp(lines.get(at));
    if (stamp.isEmpty()) {
      if (stamp(headline).isPresent()) {
        throw new NotAnArticle("no headline: the first line is the section and time line");
      }
      throw new NotAnArticle(
          "no section and time line after the headline (expected e.g. \"All News "
              + timeFormat.format(LocalDateTime.of(2022, 2, 4, 6, 12))
              + "\")");
    }
    at++;
    List<String> bylines = new ArrayList<>();
    while (at < lines.size()) {
      Matcher m = BYLINE.matcher(lines.get(at));
      if (!m.matches()) {
        break;
      }
      for (String name : m.group(1).split(",\\s*|\\s+and\\s+")) {
        if (!name.isBlank()) {
          bylines.add(name.strip());
        }
      }
      at++;
    }
    List<String> bodyLines = lines.subList(at, lines.size());
    if (bodyLines.isEmpty()) {
      throw new NotAnArticle("no body: the story has no paragraphs");
    }
    Optional<Dateline> dateline = Optional.empty();
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < bodyLines.size(); i++) {
      String line = bodyLines.get(i);
      if (i + 1 < bodyLines.size() && bodyLines.get(i + 1).equals(line)) {
        body.add(photo(line));
        i++;
        continue;
      }
      // The dateline opens the first paragraph, also when a lead photo comes before it.
      if (dateline.isEmpty() && body.stream().noneMatch(Block.Paragraph.class::isInstance)) {
        Optional<Dateline.Split> split = datelines.apply(line);
        if (split.isPresent()) {
          dateline = Optional.of(split.get().dateline());
          line = split.get().rest();
        }
      }
      body.add(new Block.Paragraph(Html.escape(line)));
    }
    if (body.stream().noneMatch(Block.Paragraph.class::isInstance)) {
      throw new NotAnArticle("no body: the story has no paragraphs");
    }
    Stamp s = stamp.get();
    return new SeedStory(
        headline, s.label(), s.time(), List.copyOf(bylines), dateline, List.copyOf(body));
  }

  /** Writes a story in this format, without the page chrome. */
  public String write(SeedStory story) {
    StringBuilder out = new StringBuilder();
    out.append(story.headline()).append("\n\n");
    out.append(story.sectionLabel())
        .append(' ')
        .append(timeFormat.format(story.published()))
        .append("\n\n");
    if (!story.bylines().isEmpty()) {
      out.append("By ").append(String.join(", ", story.bylines())).append("\n\n");
    }
    boolean first = true;
    for (Block block : story.body()) {
      if (block instanceof Block.Paragraph p) {
        String text = Html.toText(p.html());
        if (first && story.dateline().isPresent()) {
          text = story.dateline().get().lead() + text;
        }
        first = false;
        out.append(text).append("\n\n");
      } else if (block instanceof Block.Photo p) {
        out.append(p.caption()).append("\n\n").append(p.caption()).append("\n\n");
      } else if (block instanceof Block.Heading h) {
        out.append(h.text()).append("\n\n");
      } else if (block instanceof Block.Quote q) {
        out.append(q.text()).append("\n\n");
      } else if (block instanceof Block.ListBlock l) {
        l.items().forEach(item -> out.append(item).append("\n\n"));
      }
    }
    return out.toString();
  }

  private record Stamp(String label, LocalDateTime time) {}

  /** Splits "All News 06:12 February 04, 2022" into the label and the time. */
  private Optional<Stamp> stamp(String line) {
    for (int i = 0; i <= line.length(); i++) {
      if (i > 0 && line.charAt(i - 1) != ' ') {
        continue;
      }
      String tail = line.substring(i);
      if (tail.isEmpty() || !Character.isDigit(tail.charAt(0))) {
        continue;
      }
      try {
        LocalDateTime time = LocalDateTime.parse(tail, timeFormat);
        return Optional.of(new Stamp(line.substring(0, i).strip(), time));
      } catch (DateTimeParseException notHere) {
        // try the next split point
      }
    }
    return Optional.empty();
  }

  private static Block.Photo photo(String caption) {
    Matcher m = CREDIT.matcher(caption);
    String credit = m.find() ? m.group(1) : "";
    return new Block.Photo("", "", 0, 0, caption, caption, credit);
  }

  private static boolean looksBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || c == '\uFFFD') {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        control++;
      }
    }
    return control > 0 && control * 100 > text.length();
  }
}
