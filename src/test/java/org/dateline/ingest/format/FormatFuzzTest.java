package org.dateline.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dateline.ingest.format.feed.FeedReader;
import org.dateline.ingest.format.newsml.NewsMlReader;
import org.dateline.ingest.format.ninjs.NinjsReader;
import org.dateline.testing.RandomInput;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every format adapter with seeded random mutations of every sample (byte flips,
 * truncations, duplicated and deleted ranges, random bytes): each read either gives items or is
 * refused with the adapter's own {@link NotAnArticle}; no other exception escapes. The adapters are
 * called directly, not through the safety net in {@code FeedFormat}. The seed is printed; {@code
 * -Dproperty.seed=N} replays a run.
 */
class FormatFuzzTest {
  private static final int MUTATIONS_PER_SAMPLE = 120;

  @Test
  void no_mutation_of_a_sample_makes_an_adapter_throw_anything_but_its_refusal()
      throws IOException {
    long seed = RandomInput.seed("ingest format fuzz");
    Random random = new Random(seed);
    List<String> escaped = new ArrayList<>();
    int read = 0;
    int refused = 0;
    for (Path sample : Samples.all()) {
      byte[] original = Files.readAllBytes(sample);
      for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
        byte[] mutated = mutate(original, random);
        try {
          Parsed parsed = read(sample, mutated);
          assertThat(parsed.items()).allSatisfy(item -> assertThat(item.guid()).isNotEmpty());
          read++;
        } catch (NotAnArticle e) {
          assertThat(e.getMessage()).isNotBlank();
          refused++;
        } catch (RuntimeException | StackOverflowError e) {
          escaped.add(sample.getFileName() + " mutation " + i + ": " + e);
        }
      }
    }
    assertThat(escaped).as("exceptions that escaped (seed %d)", seed).isEmpty();
    // Both outcomes happen, so the mutations reach past the first check of each format.
    assertThat(read).isPositive();
    assertThat(refused).isPositive();
  }

  private static Parsed read(Path sample, byte[] bytes) {
    return switch (Samples.formatOf(sample)) {
      case NINJS -> new NinjsReader().read(bytes);
      case NEWSMLG2 -> new NewsMlReader().read(bytes);
      case RSS -> new FeedReader().read(bytes);
      case SEED -> Samples.SEED.read(bytes);
    };
  }

  static byte[] mutate(byte[] in, Random random) {
    byte[] out = in.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(5)) {
        case 0 -> out[at] = (byte) random.nextInt(256); // flip a byte
        case 1 -> out = Arrays.copyOf(out, at); // truncate
        case 2 -> { // duplicate a range
          int len = Math.min(out.length - at, 1 + random.nextInt(64));
          byte[] grown = new byte[out.length + len];
          System.arraycopy(out, 0, grown, 0, at + len);
          System.arraycopy(out, at, grown, at + len, out.length - at);
          out = grown;
        }
        case 3 -> { // delete a range
          int len = Math.min(out.length - at, 1 + random.nextInt(64));
          byte[] shrunk = new byte[out.length - len];
          System.arraycopy(out, 0, shrunk, 0, at);
          System.arraycopy(out, at + len, shrunk, at, out.length - at - len);
          out = shrunk;
        }
        default -> { // a structural character where it does not belong
          byte[] specials = "<>&\"{}[]:,\\\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8);
          out[at] = specials[random.nextInt(specials.length)];
        }
      }
    }
    return out;
  }
}
