package org.dateline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.edition.Editions;
import org.dateline.ingest.Ingest;
import org.dateline.section.Sections;
import org.dateline.shared.Html;
import org.dateline.shared.Slugs;

/**
 * Loads the demo content shipped in {@code src/main/resources/demo/}: the seed story and the sample
 * stories written for the project, with their photos copied into the media folder ({@code
 * DemoPhotos}), the other language editions ({@code DemoEditions}), and numbered copies of the
 * samples for benchmarks. Loading again changes nothing.
 */
public final class DemoContent {
  /** The seed story: an article page of a wire service's English site, as text. */
  public static final String SEED = "demo/seed/000_ef32f6ee3629e817.txt";

  private static final String SEED_PHOTO = "seed-ned-price-briefing.jpg";
  private final Articles articles;
  private final Sections sections;
  private final Ingest ingest;
  private final Editions editions;
  private final DemoPhotos photos;
  private final DemoEditions otherEditions;

  public DemoContent(
      Articles articles, Sections sections, Ingest ingest, Editions editions, Path mediaFolder) {
    this.articles = articles;
    this.sections = sections;
    this.ingest = ingest;
    this.editions = editions;
    this.photos = new DemoPhotos(mediaFolder);
    this.otherEditions = new DemoEditions(articles, sections, editions);
  }

  /** How many stories a load created, updated or left as they were. */
  public record Loaded(int created, int updated, int unchanged) {
    public int total() {
      return created + updated + unchanged;
    }
  }

  public Loaded load() {
    int[] counts = new int[3];
    String seed = new String(resource(SEED), StandardCharsets.UTF_8);
    Block.Photo seedImage = photos.photo(SEED_PHOTO, "", "", "");
    var seedResult =
        ingest.importText(
            Ingest.sourceKey("000_ef32f6ee3629e817.txt"),
            seed,
            p ->
                new Block.Photo(
                    seedImage.src(),
                    seedImage.srcset(),
                    seedImage.width(),
                    seedImage.height(),
                    p.alt(),
                    p.caption(),
                    p.credit()),
            SEED);
    counts[seedResult.outcome().ordinal()]++;
    for (JsonNode story : stories()) {
      ArticleContent content = content(story, Optional.empty());
      // The demo brings its sections, as an import does (decision 0011).
      sections.ensure(content.section());
      var result =
          articles.publish(
              content, published(story), Optional.of("demo:" + Slugs.of(content.headline())));
      counts[result.outcome().ordinal()]++;
    }
    return new Loaded(counts[0], counts[1], counts[2]);
  }

  /** The demo's other language editions, one file each under {@code demo/editions/}. */
  public static final List<String> EDITIONS = List.of("ko", "ja", "zh-Hans", "ar", "es");

  /**
   * Adds the demo's language editions (Korean, Japanese, Chinese, Arabic, Spanish) with their
   * sections and stories, written in each edition's language (decision 0068); an edition that
   * exists already is kept as it is. Idempotent, like {@link #load()}.
   */
  public Loaded loadEditions() {
    return otherEditions.load();
  }

  static JsonNode json(String name) {
    try {
      return new ObjectMapper().readTree(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generated stories stored per transaction. */
  private static final int BATCH = 1000;

  /**
   * Makes sure the store holds generated stories number 1 to {@code count} (the samples, renamed
   * and spread over earlier days, 7 minutes apart) for benchmarks and scale tests, appending the
   * missing ones in batches; returns how many it added. Idempotent per number: the generated
   * stories are always a run from number 1, so the first missing number is found by a binary search
   * instead of a look-up per story.
   */
  public int generate(int count) {
    int stored = generatedSoFar(count);
    if (stored >= count) {
      return 0;
    }
    List<ArticleContent> samples = new ArrayList<>();
    stories().forEach(s -> samples.add(content(s, Optional.empty())));
    ZoneId zone = editions.current().zone();
    LocalDateTime start = LocalDateTime.of(2022, 1, 19, 23, 0);
    for (int from = stored; from < count; from += BATCH) {
      List<Articles.NewStory> batch = new ArrayList<>(BATCH);
      for (int i = from; i < Math.min(count, from + BATCH); i++) {
        ArticleContent sample = samples.get(i % samples.size());
        var at = start.minusMinutes(7L * i).atZone(zone).toInstant();
        batch.add(new Articles.NewStory(numbered(sample, i + 1), at, "generated:" + (i + 1)));
      }
      articles.publishNew(batch);
    }
    return count - stored;
  }

  /** How many of the numbers 1..count are generated already (they form a run from 1). */
  private int generatedSoFar(int count) {
    int present = 0; // number {@code present} exists (0 trivially)
    int missing = count + 1; // numbers from {@code missing} on do not
    while (missing - present > 1) {
      int mid = present + (missing - present) / 2;
      if (articles.bySourceKey("generated:" + mid).isPresent()) {
        present = mid;
      } else {
        missing = mid;
      }
    }
    return present;
  }

  /** The sample with its number after the headline; the body is shared, not copied. */
  private static ArticleContent numbered(ArticleContent sample, int number) {
    return new ArticleContent(
        sample.headline() + " (" + number + ")",
        sample.summary(),
        sample.language(),
        sample.section(),
        sample.bylines(),
        sample.dateline(),
        sample.body(),
        sample.tags(),
        sample.urgency());
  }

  private Iterable<JsonNode> stories() {
    try {
      return new ObjectMapper().readTree(resource("demo/stories.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private java.time.Instant published(JsonNode story) {
    return LocalDateTime.parse(story.path("published").asText())
        .atZone(editions.current().zone())
        .toInstant();
  }

  private ArticleContent content(JsonNode s, Optional<String> headlineSuffix) {
    List<Block> body = new ArrayList<>();
    for (JsonNode b : s.path("body")) {
      switch (b.path("type").asText()) {
        case "paragraph" ->
            body.add(new Block.Paragraph(Html.sanitizeInline(b.path("text").asText())));
        case "heading" -> body.add(new Block.Heading(b.path("text").asText()));
        case "quote" -> body.add(new Block.Quote(b.path("text").asText(), b.path("cite").asText()));
        case "list" -> {
          List<String> items = new ArrayList<>();
          b.path("items").forEach(i -> items.add(i.asText()));
          body.add(new Block.ListBlock(b.path("ordered").asBoolean(), items));
        }
        case "photo" ->
            body.add(
                photos.photo(
                    b.path("file").asText(),
                    b.path("alt").asText(),
                    b.path("caption").asText(),
                    b.path("credit").asText()));
        default -> throw new IllegalStateException("unknown demo block type " + b.path("type"));
      }
    }
    JsonNode d = s.path("dateline");
    List<String> bylines = new ArrayList<>();
    s.path("bylines").forEach(n -> bylines.add(n.asText()));
    List<String> tags = new ArrayList<>();
    s.path("tags").forEach(n -> tags.add(n.asText()));
    return new ArticleContent(
        s.path("headline").asText() + headlineSuffix.orElse(""),
        s.path("summary").asText(),
        // A sample in another language than the edition's says so (Korean, Japanese, Chinese).
        s.path("language").asText(editions.current().language()),
        s.path("section").asText(),
        bylines,
        d.isMissingNode()
            ? Optional.empty()
            : Optional.of(
                new Dateline(
                    d.path("place").asText(), d.path("date").asText(), d.path("source").asText())),
        body,
        tags,
        s.path("urgency").asInt(5));
  }

  static byte[] resource(String name) {
    try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
