package org.dateline.distribution.feeds;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dateline.distribution.BodyXhtml;
import org.dateline.distribution.Byline;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WirePhoto;
import org.jspecify.annotations.Nullable;

/**
 * What RSS 2.0 and Atom 1.0 share: the Rome model of a feed and its entries. Photos travel as an
 * enclosure (the lead photo's largest rendition) and as Media RSS {@code media:content}, one per
 * photo, with width, height, alt text ({@code media:title}), caption ({@code media:description})
 * and credit ({@code media:credit}). Stateless.
 */
final class RomeFeeds {
  private RomeFeeds() {}

  /** The feed with its usable entries; the caller adds what is particular to its format. */
  static SyndFeed feed(
      String type, FeedChannel channel, List<WireItem> items, FeedContent content) {
    List<WireItem> shown = FeedItems.publicOnly(items);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(channel.title());
    feed.setDescription(channel.description());
    feed.setLink(channel.homeUrl());
    feed.setUri(channel.id());
    feed.setLanguage(channel.language());
    feed.setPublishedDate(Date.from(FeedItems.updated(shown)));
    feed.setAuthors(List.of(person(channel.publisher(), channel.homeUrl())));
    List<SyndEntry> entries = new ArrayList<>();
    for (WireItem item : shown) {
      entries.add(entry(item, content));
    }
    feed.setEntries(entries);
    return feed;
  }

  private static SyndEntry entry(WireItem item, FeedContent content) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(item.headline());
    entry.setLink(item.url());
    entry.setUri(item.guid());
    entry.setPublishedDate(Date.from(item.firstCreated()));
    entry.setUpdatedDate(Date.from(item.versionCreated()));
    entry.setDescription(text("text/plain", item.teaser()));
    if (content == FeedContent.FULL_TEXT) {
      entry.setContents(List.of(text("html", BodyXhtml.fragment(item))));
    }
    List<SyndPerson> authors = new ArrayList<>();
    for (Byline byline : item.bylines()) {
      authors.add(person(byline.name(), byline.url().orElse(null)));
    }
    entry.setAuthors(authors);
    item.leadPhoto()
        .ifPresent(
            photo -> {
              SyndEnclosure enclosure = new SyndEnclosureImpl();
              enclosure.setUrl(photo.largest().href());
              enclosure.setType(photo.largest().mimeType());
              // The store does not know file sizes; RSS requires the attribute, 0 means unknown.
              enclosure.setLength(0);
              entry.setEnclosures(List.of(enclosure));
            });
    if (!item.photos().isEmpty()) {
      entry.getModules().add(media(item.photos()));
    }
    return entry;
  }

  private static MediaEntryModuleImpl media(List<WirePhoto> photos) {
    List<MediaContent> contents = new ArrayList<>();
    for (WirePhoto photo : photos) {
      WirePhoto.Rendition largest = photo.largest();
      MediaContent media = new MediaContent(new UrlReference(URI.create(largest.href())));
      media.setType(largest.mimeType());
      media.setMedium("image");
      if (largest.width() > 0 && largest.height() > 0) {
        media.setWidth(largest.width());
        media.setHeight(largest.height());
      }
      Metadata metadata = new Metadata();
      metadata.setTitle(photo.alt());
      metadata.setTitleType("plain");
      if (!photo.caption().isEmpty()) {
        metadata.setDescription(photo.caption());
        metadata.setDescriptionType("plain");
      }
      if (!photo.credit().isEmpty()) {
        metadata.setCredits(new Credit[] {new Credit(null, null, photo.credit())});
      }
      media.setMetadata(metadata);
      contents.add(media);
    }
    MediaEntryModuleImpl module = new MediaEntryModuleImpl();
    module.setMediaContents(contents.toArray(new MediaContent[0]));
    return module;
  }

  static SyndPerson person(String name, @Nullable String uri) {
    SyndPerson person = new SyndPersonImpl();
    person.setName(name);
    if (uri != null) {
      person.setUri(uri);
    }
    return person;
  }

  private static SyndContent text(String type, String value) {
    SyndContent content = new SyndContentImpl();
    content.setType(type);
    content.setValue(value);
    return content;
  }

  /** The feed as XML text. */
  static String output(SyndFeed feed) {
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write a feed it built: " + e.getMessage(), e);
    }
  }
}
