package org.dateline.distribution.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import java.util.ArrayList;
import java.util.List;
import org.dateline.distribution.Subject;
import org.dateline.distribution.WireItem;

/**
 * Writes a feed as Atom 1.0 (through Rome). Stateless and thread-safe.
 *
 * <p>Output format changelog (bump this list with every change subscribers can see):
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. Feed: id, title, subtitle, {@code xml:lang}, updated (newest
 *       item's version), links alternate (home page) and self, author (the agency). Entry: id (the
 *       wire guid), title, link alternate, published (first published), updated (this version),
 *       author per byline (name, uri), category per section and topic (term = slug, scheme = the
 *       section or topic pages' base URL, label = name), summary, content type html (full-text
 *       feeds only), link rel enclosure (lead photo), {@code media:content} per photo.
 * </ul>
 */
public final class AtomWriter {
  /** The feed of {@code items} (usable ones only, in the order given). */
  public String write(FeedChannel channel, List<WireItem> items, FeedContent content) {
    SyndFeed feed = RomeFeeds.feed("atom_1.0", channel, items, content);
    feed.setLinks(
        List.of(
            link("alternate", channel.homeUrl(), "text/html"),
            link("self", channel.feedUrl(), "application/atom+xml")));
    List<WireItem> shown = FeedItems.publicOnly(items);
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      List<SyndCategory> categories = new ArrayList<>();
      for (Subject subject : shown.get(i).subjects()) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(subject.code());
        category.setTaxonomyUri(subject.scheme());
        category.setLabel(subject.name());
        categories.add(category);
      }
      entries.get(i).setCategories(categories);
    }
    return RomeFeeds.output(feed);
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
