package org.dateline.distribution.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.ArrayList;
import java.util.List;
import org.dateline.distribution.Byline;
import org.dateline.distribution.Subject;
import org.dateline.distribution.WireItem;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes a feed as RSS 2.0 (through Rome). Stateless and thread-safe.
 *
 * <p>Output format changelog (bump this list with every change subscribers can see):
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. Channel: title, link (home page), description, language,
 *       pubDate (newest item's version), {@code atom:link rel="self"}. Item: title, link, {@code
 *       guid isPermaLink="false"} (the wire guid), pubDate (first published), description (summary
 *       or first paragraph), {@code content:encoded} (the body as HTML, full-text feeds only),
 *       {@code dc:creator} per byline, category per section and topic (domain = its page),
 *       enclosure (lead photo, length 0 = unknown), {@code media:content} per photo with alt text,
 *       caption and credit.
 * </ul>
 */
public final class RssWriter {
  private static final Namespace ATOM =
      Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

  /** The feed of {@code items} (usable ones only, in the order given). */
  public String write(FeedChannel channel, List<WireItem> items, FeedContent content) {
    SyndFeed feed = RomeFeeds.feed("rss_2.0", channel, items, content);
    List<WireItem> shown = FeedItems.publicOnly(items);
    List<SyndEntry> entries = feed.getEntries();
    // RSS wants an e-mail address in managingEditor; the agency is named in the title instead.
    feed.setAuthors(List.of());
    for (int i = 0; i < entries.size(); i++) {
      WireItem item = shown.get(i);
      // Rome writes RSS bylines only through Dublin Core: one dc:creator per byline.
      DCModule dc = (DCModule) entries.get(i).getModule(DCModule.URI);
      dc.setCreators(item.bylines().stream().map(Byline::name).toList());
      List<SyndCategory> categories = new ArrayList<>();
      for (Subject subject : item.subjects()) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(subject.name());
        category.setTaxonomyUri(subject.scheme());
        categories.add(category);
      }
      entries.get(i).setCategories(categories);
    }
    Element self = new Element("link", ATOM);
    self.setAttribute("href", channel.feedUrl());
    self.setAttribute("rel", "self");
    self.setAttribute("type", "application/rss+xml");
    List<Element> foreign = new ArrayList<>(feed.getForeignMarkup());
    foreign.add(self);
    feed.setForeignMarkup(foreign);
    return RomeFeeds.output(feed);
  }
}
