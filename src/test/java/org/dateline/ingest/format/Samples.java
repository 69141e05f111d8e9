package org.dateline.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.FeedFormat;

/**
 * The ingest samples under {@code src/test/resources/ingest/samples/}: IPTC's published examples
 * and our own, each with the format that reads it and its golden {@code .expected.json}.
 */
public final class Samples {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The seed reader with the demo edition's pattern, zone and language. */
  public static final SeedItems SEED =
      new SeedItems("HH:mm MMMM dd, yyyy", ZoneId.of("Asia/Seoul"), "en");

  private Samples() {}

  /** The folder of samples. */
  public static Path root() {
    try {
      return Path.of(Samples.class.getClassLoader().getResource("ingest/samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every sample file (not licences, notes or golden files). */
  public static List<Path> all() {
    try (Stream<Path> files = Files.walk(root())) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
          .filter(p -> !p.getFileName().toString().matches("LICENSE|.*\\.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The format a sample is written in, by its folder and name. */
  public static FeedFormat formatOf(Path sample) {
    String name = sample.getFileName().toString();
    String folder = sample.getParent().getFileName().toString();
    if (folder.equals("iptc-newsml-g2")
        || name.startsWith("newsml")
        || name.equals("hostile-xxe.xml")
        || name.equals("hostile-xhtml.xml")) {
      return FeedFormat.NEWSMLG2;
    }
    if (folder.equals("iptc-ninjs") || name.endsWith(".json")) {
      return FeedFormat.NINJS;
    }
    if (name.endsWith(".txt")) {
      return FeedFormat.SEED;
    }
    return FeedFormat.RSS;
  }

  /** What reading a sample gives, as JSON: its items and refusals, or the file's refusal. */
  public static JsonNode actual(Path sample) {
    ObjectNode out = JSON.createObjectNode();
    try {
      Parsed parsed = formatOf(sample).read(Files.readAllBytes(sample), () -> SEED);
      var items = out.putArray("items");
      parsed.items().forEach(i -> items.add(ItemJson.tree(i)));
      parsed.refused().forEach(out.putArray("refused")::add);
    } catch (NotAnArticle e) {
      out.put("fileRefused", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      // Re-read, so numbers compare as a golden file's do (a long 0 and an int 0 are not equal
      // nodes).
      return JSON.readTree(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden file of a sample (missing node when there is none yet). */
  public static JsonNode expected(Path sample) {
    Path golden = golden(sample);
    try {
      return Files.exists(golden)
          ? JSON.readTree(Files.readString(golden))
          : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path golden(Path sample) {
    String name = sample.getFileName().toString();
    return sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
  }
}
