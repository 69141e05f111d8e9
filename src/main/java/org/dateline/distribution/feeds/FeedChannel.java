package org.dateline.distribution.feeds;

import org.dateline.distribution.SafeText;

/**
 * What a feed is about: the whole site, a section, a topic or an author. {@code id} is the feed's
 * permanent identifier (Atom {@code id}); {@code homeUrl} the public page it mirrors; {@code
 * feedUrl} its own address; {@code publisher} the agency's name, written as the feed's author.
 */
public record FeedChannel(
    String id,
    String title,
    String description,
    String homeUrl,
    String feedUrl,
    String language,
    String publisher) {
  public FeedChannel {
    title = SafeText.line(title);
    description = SafeText.line(description);
    publisher = SafeText.line(publisher);
    if (title.isEmpty() || publisher.isEmpty()) {
      throw new IllegalArgumentException("a feed needs a title and a publisher");
    }
    if (description.isEmpty()) {
      description = title;
    }
    for (String url : new String[] {id, homeUrl, feedUrl}) {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("a feed needs an id, a home page and its own URL");
      }
    }
  }
}
