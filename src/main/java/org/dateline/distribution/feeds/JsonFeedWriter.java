package org.dateline.distribution.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dateline.distribution.BodyXhtml;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Subject;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;

/**
 * Writes a feed as JSON Feed 1.1 (through Jackson). Stateless and thread-safe.
 *
 * <p>Output format changelog (bump this list with every change subscribers can see):
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. Feed: version, title, home_page_url, feed_url, description,
 *       language, authors (the agency), items. Item: id (the wire guid), url, title, summary,
 *       content_html (full-text feeds) or content_text (the summary), image (lead photo),
 *       date_published, date_modified, authors (bylines), tags (section and topics), language,
 *       attachments (every photo: url, mime_type, title = alt text).
 * </ul>
 */
public final class JsonFeedWriter {
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final ObjectMapper json = new ObjectMapper();

  /** The feed of {@code items} (usable ones only, in the order given), as JSON text. */
  public String write(FeedChannel channel, List<WireItem> items, FeedContent content) {
    ObjectNode feed = json.createObjectNode();
    feed.put("version", VERSION);
    feed.put("title", channel.title());
    feed.put("home_page_url", channel.homeUrl());
    feed.put("feed_url", channel.feedUrl());
    feed.put("description", channel.description());
    feed.put("language", channel.language());
    feed.putArray("authors")
        .addObject()
        .put("name", channel.publisher())
        .put("url", channel.homeUrl());
    ArrayNode array = feed.putArray("items");
    for (WireItem item : FeedItems.publicOnly(items)) {
      item(array.addObject(), item, content);
    }
    try {
      return json.writeValueAsString(feed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree to text failed", e);
    }
  }

  private static void item(ObjectNode n, WireItem item, FeedContent content) {
    n.put("id", item.guid());
    n.put("url", item.url());
    n.put("title", item.headline());
    n.put("summary", item.teaser());
    if (content == FeedContent.FULL_TEXT) {
      n.put("content_html", BodyXhtml.fragment(item));
    } else {
      n.put("content_text", item.teaser());
    }
    item.leadPhoto().ifPresent(photo -> n.put("image", photo.largest().href()));
    n.put("date_published", item.firstCreated().toString());
    n.put("date_modified", item.versionCreated().toString());
    if (!item.bylines().isEmpty()) {
      ArrayNode authors = n.putArray("authors");
      for (Byline byline : item.bylines()) {
        ObjectNode author = authors.addObject().put("name", byline.name());
        byline.url().ifPresent(url -> author.put("url", url));
      }
    }
    if (!item.subjects().isEmpty()) {
      ArrayNode tags = n.putArray("tags");
      item.subjects().stream().map(Subject::name).distinct().forEach(tags::add);
    }
    n.put("language", item.language());
    if (!item.photos().isEmpty()) {
      ArrayNode attachments = n.putArray("attachments");
      for (WirePhoto photo : item.photos()) {
        attachments
            .addObject()
            .put("url", photo.largest().href())
            .put("mime_type", photo.largest().mimeType())
            .put("title", photo.alt());
      }
    }
  }
}
