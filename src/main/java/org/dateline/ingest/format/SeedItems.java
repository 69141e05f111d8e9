package org.dateline.ingest.format;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.shared.Hashes;

/**
 * The seed's text format as incoming items: {@link SeedTextFormat} reads the story; the guid is a
 * hash of its headline and time (the format carries no identifier), the version time its time in
 * the edition's zone. A pure adapter.
 */
public final class SeedItems {
  private final SeedTextFormat format;
  private final ZoneId zone;
  private final String language;

  public SeedItems(String datePattern, ZoneId zone, String language) {
    this.format = new SeedTextFormat(datePattern);
    this.zone = zone;
    this.language = language;
  }

  /** Reads one story; refuses ({@link NotAnArticle}) what is not one. */
  public Parsed read(byte[] bytes) {
    SeedStory s = format.read(new String(bytes, StandardCharsets.UTF_8));
    var published = s.published().atZone(zone).toInstant();
    List<org.dateline.article.Block> body =
        s.body().stream().filter(b -> !(b instanceof org.dateline.article.Block.Photo)).toList();
    return Parsed.of(
        new IncomingItem(
            "seed:" + Hashes.sha256(s.headline() + "\n" + published),
            0,
            Optional.of(published),
            s.headline(),
            "",
            body,
            s.bylines(),
            s.dateline().map(d -> d.place()).orElse(""),
            language,
            List.of(),
            0,
            Optional.empty(),
            IncomingItem.Status.USABLE,
            List.of(),
            ""));
  }
}
