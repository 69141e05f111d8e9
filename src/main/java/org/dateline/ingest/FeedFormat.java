package org.dateline.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.Parsed;
import org.dateline.ingest.format.SeedItems;
import org.dateline.ingest.format.feed.FeedReader;
import org.dateline.ingest.format.newsml.NewsMlReader;
import org.dateline.ingest.format.ninjs.NinjsReader;

/** The formats a provider can send, each read by its pure adapter into incoming items. */
public enum FeedFormat {
  NINJS("ninjs"),
  NEWSMLG2("newsmlg2"),
  RSS("rss"),
  SEED("seed");

  private final String word;

  FeedFormat(String word) {
    this.word = word;
  }

  /** The word the command line and the store use. */
  public String word() {
    return word;
  }

  /** The format a word names, if any. */
  public static Optional<FeedFormat> of(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    for (FeedFormat f : values()) {
      if (f.word.equals(w)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads bytes in this format; the seed's text needs the edition's reader, asked for only then (it
   * reads the edition from the store).
   *
   * @throws NotAnArticle when the bytes are not in this format at all; never anything else
   */
  public Parsed read(byte[] bytes, Supplier<SeedItems> seed) {
    try {
      return switch (this) {
        case NINJS -> new NinjsReader().read(bytes);
        case NEWSMLG2 -> new NewsMlReader().read(bytes);
        case RSS -> new FeedReader().read(bytes);
        case SEED -> seed.get().read(bytes);
      };
    } catch (NotAnArticle e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // The adapters are fuzzed to throw nothing else; should one still, the file is refused with
      // the reason rather than stopping the provider.
      throw new NotAnArticle("unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }
}
