package org.dateline.ingest.format.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.format.Bodies;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.Parsed;
import org.dateline.ingest.format.SafeXml;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 2.0 and Atom 1.0 (and the older RSS ROME knows) through ROME, after {@link SafeXml} has
 * refused any DTD. An entry's guid (Atom id) identifies it, else its link; its update time is its
 * version time; its full content, else its description, is the body. Images among the enclosures
 * are pictures. A pure adapter: bytes in, items out.
 *
 * <p>Changelog: 1 — RSS 2.0 and Atom 1.0.
 */
public final class FeedReader {
  private static final java.util.regex.Pattern MAIL_AND_NAME =
      java.util.regex.Pattern.compile("\\S+@\\S+\\s+\\((.+)\\)");

  /** Reads a feed; refuses ({@link NotAnArticle}) what is not RSS or Atom. */
  public Parsed read(byte[] bytes) {
    // Refuses a DOCTYPE and malformed XML before ROME sees the bytes.
    org.w3c.dom.Element root = SafeXml.root(SafeXml.parse(bytes));
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new org.xml.sax.InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new NotAnArticle("not RSS or Atom: " + oneLine(e.getMessage()));
    }
    String language = feed.getLanguage() == null ? "" : feed.getLanguage();
    if (language.isEmpty()) {
      language = root.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang"); // Atom's xml:lang
    }
    List<IncomingItem> items = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      try {
        items.add(item(e, language));
      } catch (NotAnArticle | IllegalArgumentException ex) {
        refused.add(
            "item "
                + (i + 1)
                + (e.getUri() == null ? "" : " " + e.getUri())
                + ": "
                + ex.getMessage());
      }
    }
    return new Parsed(items, refused);
  }

  private static IncomingItem item(SyndEntry e, String language) {
    String title = Bodies.text(e.getTitle());
    String description = e.getDescription() == null ? "" : e.getDescription().getValue();
    String content =
        e.getContents().stream()
            .map(SyndContent::getValue)
            .filter(v -> v != null && !v.isBlank())
            .findFirst()
            .orElse("");
    String bodyHtml = content.isEmpty() ? description : content;
    String guid =
        e.getUri() == null || e.getUri().isBlank() ? nullToEmpty(e.getLink()) : e.getUri();
    List<String> bylines = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      bylines.add(nullToEmpty(p.getName()));
    }
    if (bylines.isEmpty()) {
      bylines.add(nullToEmpty(e.getAuthor()));
    }
    bylines.replaceAll(FeedReader::name);
    List<IncomingItem.Subject> subjects = new ArrayList<>();
    for (SyndCategory c : e.getCategories()) {
      subjects.add(
          new IncomingItem.Subject(nullToEmpty(c.getTaxonomyUri()), nullToEmpty(c.getName())));
    }
    List<IncomingItem.Picture> pictures = new ArrayList<>();
    for (SyndEnclosure en : e.getEnclosures()) {
      String url = nullToEmpty(en.getUrl());
      String type = nullToEmpty(en.getType());
      if (type.startsWith("image/") && (url.startsWith("https://") || url.startsWith("http://"))) {
        pictures.add(
            new IncomingItem.Picture(
                url, "", "", List.of(new IncomingItem.Rendition("", url, type, 0, 0))));
      }
    }
    Date updated = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
    String link = nullToEmpty(e.getLink());
    return new IncomingItem(
        guid,
        0,
        Optional.ofNullable(updated).map(Date::toInstant),
        title,
        content.isEmpty() ? "" : Bodies.text(description),
        Bodies.fromHtml(bodyHtml, title),
        bylines,
        "",
        language,
        subjects,
        0,
        Optional.<Instant>empty(),
        IncomingItem.Status.USABLE,
        pictures,
        link.startsWith("https://") || link.startsWith("http://") ? link : "");
  }

  /** RSS writes an author as {@code mail@example.com (Name)}: the name, not the address. */
  private static String name(String author) {
    java.util.regex.Matcher m = MAIL_AND_NAME.matcher(author.strip());
    return m.matches() ? m.group(1) : author;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String oneLine(@Nullable String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
