package org.dateline.ingest.format;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.shared.Hashes;
import org.dateline.shared.Text;

/**
 * One item of a partner's feed as every format reads it: the same model for ninjs, NewsML-G2,
 * RSS/Atom and the seed's text. Text is normalized ({@link Text}); the body holds only blocks the
 * editor's allow-list keeps (no photos: pictures come apart, with their renditions).
 *
 * @param guid the provider's identifier of the item (derived from the content when it has none)
 * @param version the provider's version number, 0 when the feed gives none
 * @param versionTime when this version was made, if the feed says
 * @param urgency 1 (flash) to 9, 0 when the feed gives none
 * @param link where the provider shows the item (RSS/Atom), or empty
 */
public record IncomingItem(
    String guid,
    long version,
    Optional<Instant> versionTime,
    String headline,
    String summary,
    List<Block> body,
    List<String> bylines,
    String dateline,
    String language,
    List<Subject> subjects,
    int urgency,
    Optional<Instant> embargo,
    Status status,
    List<Picture> pictures,
    String link) {

  /** The longest guid kept; longer ones are replaced by a hash of themselves. */
  public static final int MAX_GUID = 300;

  public IncomingItem {
    headline = Text.line(headline);
    summary = Text.line(summary);
    dateline = Text.line(dateline);
    language = Text.line(language);
    link = Text.line(link);
    body = List.copyOf(body);
    bylines = bylines.stream().map(Text::line).filter(b -> !b.isEmpty()).distinct().toList();
    subjects = List.copyOf(subjects);
    pictures = List.copyOf(pictures);
    urgency = urgency < 1 || urgency > 9 ? 0 : urgency;
    version = Math.max(0, version);
    guid = Text.line(guid);
    if (guid.isEmpty()) {
      // No identifier: the content is one, so the same text sent twice is still one item.
      guid = "hash:" + Hashes.sha256(headline + "\n" + summary + "\n" + body);
    } else if (guid.length() > MAX_GUID) {
      guid = "sha256:" + Hashes.sha256(guid);
    }
    if (headline.isEmpty() && body.isEmpty()) {
      throw new NotAnArticle("no headline and no body");
    }
  }

  /** Whether the provider still lets the item be used. */
  public enum Status {
    USABLE,
    WITHHELD,
    CANCELED;

    /** The status a feed's word for it means (ninjs and NewsML-G2 share IPTC's words). */
    public static Status of(String word) {
      String w = word == null ? "" : word.strip().toLowerCase(java.util.Locale.ROOT);
      if (w.endsWith("canceled") || w.endsWith("cancelled")) {
        return CANCELED;
      }
      return w.endsWith("withheld") ? WITHHELD : USABLE;
    }
  }

  /** A subject: its code in the provider's scheme (may be empty) and its name. */
  public record Subject(String code, String name) {
    public Subject {
      code = Text.line(code);
      name = Text.line(name);
    }
  }

  /** A picture that came with the item: its renditions, caption and credit. */
  public record Picture(String uri, String caption, String credit, List<Rendition> renditions) {
    public Picture {
      uri = Text.line(uri);
      caption = Text.line(caption);
      credit = Text.line(credit);
      renditions = List.copyOf(renditions);
    }
  }

  /** One rendition of a picture: an http(s) address, its media type and size when known. */
  public record Rendition(String name, String href, String mediaType, int width, int height) {
    public Rendition {
      name = Text.line(name);
      href = Text.line(href);
      mediaType = Text.line(mediaType);
    }
  }

  /**
   * A hash of what the item says (not of when it was sent): two copies with the same hash are the
   * same content.
   */
  public String contentHash() {
    return Hashes.sha256(ItemJson.content(this));
  }
}
