package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.SeedStory;
import org.dateline.ingest.format.SeedTextFormat;
import org.dateline.shared.Html;
import org.dateline.testing.HostileInput;
import org.dateline.testing.RandomInput;
import org.junit.jupiter.api.Test;

/**
 * Properties of the seed-format importer: any text is read as a story or refused with {@link
 * NotAnArticle} (nothing else escapes), and reading what was written gives the story back. Each run
 * counts the cases that tested something — texts read as stories and texts refused, stories with a
 * dateline, bylines, photos and several paragraphs — and fails when there are too few.
 *
 * <p>Left out of the generated stories: photos with an image file (the format carries captions
 * only), topics and summaries (the format has neither), headlines that are a line of the site's
 * chrome or repeat another line of the story (the reader takes those as chrome), and seconds in the
 * time (the format has minutes). Damaged texts are cut, doubled or swapped by lines and characters,
 * not re-encoded.
 */
class SeedTextFormatPropertiesTest {
  private static final String PATTERN = "HH:mm MMMM dd, yyyy";
  private static final SeedTextFormat FORMAT = new SeedTextFormat(PATTERN);
  private static final int TRIES = 3_000;
  private static final Pattern CREDIT = Pattern.compile("\\(([^()]{1,60})\\)\\s*$");

  private static final List<String> WORDS =
      List.of(
          "Seoul",
          "missile",
          "talks",
          "북한",
          "経済",
          "rate",
          "council",
          "<b>",
          "&",
          "\"quoted\"",
          "it's",
          "5%",
          "a<b",
          "x&y",
          "Yonhap",
          "U.S.",
          "O'Neil",
          "--x",
          "2022",
          "06:12",
          "<script>window.__xss=1</script>",
          "and",
          "By");
  private static final List<String> NAMES =
      List.of(
          "Byun Duk-kun", "Kim Soo-yeon", "Lee Min-ji", "Park O'Hara", "Ahn Jae-hyun", "Choi 최");
  private static final List<String> PLACES =
      List.of("SEOUL", "WASHINGTON", "NEW YORK", "PYONGYANG", "TOKYO", "ST. LOUIS");
  private static final List<String> SECTIONS =
      List.of("All News", "North Korea", "Politics", "Economy", "World", "Sports", "National");
  private static final Set<String> CHROME =
      Set.of(
          "Go to Contents Go to Navigation",
          "Go to Contents",
          "Go to Navigation",
          "Send Feedback",
          "How can we improve?",
          "Thanks for your feedback!");

  @Test
  void reading_any_text_gives_a_story_or_not_an_article_and_nothing_else() {
    long seed = RandomInput.seed("seed format read");
    RandomInput in = new RandomInput(seed);
    List<String> inputs = new ArrayList<>();
    HostileInput.xssPayloads().forEach(inputs::add);
    for (int i = 0; i < TRIES; i++) {
      inputs.add(
          switch (i % 4) {
            case 0 -> in.anyText(400);
            case 1 -> in.hostileMarkup(3);
            case 2 -> mutate(in, FORMAT.write(story(in)));
            default -> String.join("\n", mutate(in, FORMAT.write(story(in))), in.anyText(60));
          });
    }
    int stories = 0;
    int refusals = 0;
    for (String text : inputs) {
      try {
        SeedStory story = FORMAT.read(text);
        assertThat(story.headline()).isNotBlank();
        stories++;
      } catch (NotAnArticle refused) {
        assertThat(refused.getMessage()).isNotBlank();
        refusals++;
      } catch (RuntimeException | Error other) {
        fail("seed " + seed + ": read threw " + other + " for " + show(text), other);
      }
    }
    System.out.printf(
        "seed format read, seed %d: %d inputs, %d stories, %d refused%n",
        seed, inputs.size(), stories, refusals);
    assertThat(stories).as("seed %d: inputs read as stories", seed).isGreaterThan(TRIES / 20);
    assertThat(refusals).as("seed %d: inputs refused", seed).isGreaterThan(TRIES / 20);
  }

  @Test
  void reading_what_was_written_gives_the_story_back() {
    long seed = RandomInput.seed("seed format round trip");
    RandomInput in = new RandomInput(seed);
    int datelines = 0;
    int bylines = 0;
    int photos = 0;
    int paragraphs = 0;
    for (int i = 0; i < TRIES; i++) {
      SeedStory story = story(in);
      datelines += story.dateline().isPresent() ? 1 : 0;
      bylines += story.bylines().isEmpty() ? 0 : 1;
      photos += story.body().stream().anyMatch(Block.Photo.class::isInstance) ? 1 : 0;
      paragraphs +=
          story.body().stream().filter(Block.Paragraph.class::isInstance).count() > 1 ? 1 : 0;
      String text = FORMAT.write(story);
      SeedStory back;
      try {
        back = FORMAT.read(text);
      } catch (NotAnArticle e) {
        throw new AssertionError(
            "seed " + seed + ": refused what it wrote (" + e.getMessage() + "):\n" + text, e);
      }
      assertThat(back).as("seed %d, written as:%n%s", seed, text).isEqualTo(story);
    }
    System.out.printf(
        "seed format round trip, seed %d: %d stories, %d datelines, %d with bylines, %d with"
            + " photos, %d with several paragraphs%n",
        seed, TRIES, datelines, bylines, photos, paragraphs);
    for (int count : List.of(datelines, bylines, photos, paragraphs)) {
      assertThat(count).as("seed %d: stories that have each part", seed).isGreaterThan(TRIES / 10);
    }
  }

  @Test
  void a_dateline_after_a_lead_photo_survives_the_round_trip() {
    SeedStory story =
        new SeedStory(
            "Snow closes mountain roads",
            "National",
            LocalDateTime.of(2022, 2, 4, 6, 12),
            List.of("Kim Soo-yeon"),
            Optional.of(new Dateline("GANGNEUNG", "Feb. 4", "Yonhap")),
            List.of(
                new Block.Photo(
                    "",
                    "",
                    0,
                    0,
                    "Snow on a mountain road (Yonhap)",
                    "Snow on a mountain road (Yonhap)",
                    "Yonhap"),
                new Block.Paragraph("Heavy snow closed roads in Gangwon Province on Friday.")));

    assertThat(FORMAT.read(FORMAT.write(story))).isEqualTo(story);
  }

  /**
   * A story the format can carry: headline, section label, minute-precise time, bylines, dateline,
   * paragraphs and photos.
   */
  private static SeedStory story(RandomInput in) {
    Set<String> used = new HashSet<>();
    String headline = line(in, used, 2, 14);
    String section = in.oneOf(SECTIONS);
    LocalDateTime time =
        LocalDateTime.of(
            in.between(1990, 2040),
            in.between(1, 12),
            in.between(1, 28),
            in.between(0, 23),
            in.between(0, 59));
    List<String> bylines =
        new ArrayList<>(new java.util.LinkedHashSet<>(pick(in, NAMES, in.between(0, 3))));
    Optional<Dateline> dateline =
        in.chance(60)
            ? Optional.of(
                new Dateline(
                    in.oneOf(PLACES),
                    in.oneOf(List.of("Feb. 3", "Jan. 12", "March 9")),
                    in.oneOf(List.of("Yonhap", "AP"))))
            : Optional.empty();
    List<Block> body = new ArrayList<>();
    int blocks = in.between(1, 8);
    for (int b = 0; b < blocks; b++) {
      if (in.chance(25)) {
        String caption = line(in, used, 3, 12) + (in.chance(50) ? " (Yonhap)" : "");
        used.add(caption);
        Matcher m = CREDIT.matcher(caption);
        body.add(new Block.Photo("", "", 0, 0, caption, caption, m.find() ? m.group(1) : ""));
      } else {
        body.add(new Block.Paragraph(Html.escape(line(in, used, 3, 40))));
      }
    }
    if (body.stream().noneMatch(Block.Paragraph.class::isInstance)) {
      // A story has at least one paragraph (the format refuses one without).
      body.add(new Block.Paragraph(Html.escape(line(in, used, 3, 40))));
    }
    return new SeedStory(headline, section, time, bylines, dateline, body);
  }

  /**
   * A line of words, new in this story, that reads as what it is (not chrome, byline or dateline).
   */
  private static String line(RandomInput in, Set<String> used, int min, int max) {
    while (true) {
      List<String> words = new ArrayList<>();
      words.add(in.oneOf(List.of("the", "officials", "a", "북한", "markets", "<i>", "50")));
      words.addAll(pick(in, WORDS, in.between(min, max) - 1));
      String line = String.join(" ", words);
      if (!CHROME.contains(line) && used.add(line)) {
        return line;
      }
    }
  }

  private static List<String> pick(RandomInput in, List<String> from, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(in.oneOf(from));
    }
    return out;
  }

  /** A damaged copy: lines dropped, doubled or swapped, characters cut or inserted. */
  private static String mutate(RandomInput in, String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = in.between(1, 5);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int at = in.random().nextInt(lines.size());
      switch (in.random().nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 ->
            lines.set(
                at, lines.get(at).substring(0, in.random().nextInt(lines.get(at).length() + 1)));
        case 3 -> lines.add(at, in.anyText(30));
        default -> java.util.Collections.swap(lines, at, in.random().nextInt(lines.size()));
      }
    }
    return String.join("\n", lines);
  }

  private static String show(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c ->
                b.append(
                    c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c)
                        ? String.format("\\u%04x", c)
                        : Character.toString(c)));
    return b.append('"').toString();
  }
}
