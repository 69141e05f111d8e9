package org.dateline.web.site;

import java.util.Optional;

/** The public feeds' formats: file extension in the path, media type, and a name for people. */
public enum FeedFormat {
  RSS("rss", "application/rss+xml", "RSS"),
  ATOM("atom", "application/atom+xml", "Atom"),
  JSON("json", "application/feed+json", "JSON Feed");

  private final String extension;
  private final String mediaType;
  private final String label;

  FeedFormat(String extension, String mediaType, String label) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.label = label;
  }

  /** {@code rss}, {@code atom} or {@code json}: the feed's path ends in {@code feed.EXTENSION}. */
  public String extension() {
    return extension;
  }

  /** The media type, without parameters (as {@code <link rel="alternate" type>} names it). */
  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  /** The format of a path's extension; empty for anything else. */
  public static Optional<FeedFormat> of(String extension) {
    for (FeedFormat f : values()) {
      if (f.extension.equals(extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
