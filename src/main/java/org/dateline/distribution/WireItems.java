package org.dateline.distribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleState;
import org.dateline.article.Block;
import org.dateline.shared.Slugs;

/**
 * Maps a stored story to what subscribers receive. Pure and stateless: the caller loads the story
 * and says which site it belongs to.
 */
public final class WireItems {
  /** One entry of a {@code srcset}: a URL and a width descriptor. */
  private static final Pattern SRCSET_ENTRY =
      Pattern.compile("\\s*(\\S+)\\s+([1-9][0-9]{0,5})w\\s*");

  private static final Pattern COMMA = Pattern.compile(",");

  private WireItems() {}

  /**
   * The story as a wire item, or empty for the rare story no format can carry (a headline of
   * characters XML cannot hold): the one place the refusal of {@link #from} becomes a value.
   */
  public static Optional<WireItem> carried(Article article, WireSite site) {
    try {
      return Optional.of(from(article, site));
    } catch (IllegalArgumentException unfit) {
      return Optional.empty();
    }
  }

  /**
   * The story as a wire item: guid and absolute URLs from {@code site}, publishing status from its
   * state (published → usable, embargoed → withheld, killed → canceled), photos with every
   * rendition. A photo that arrived without an image file has nothing to deliver and is left out.
   */
  public static WireItem from(Article article, WireSite site) {
    return from(article, site, Optional.empty());
  }

  /**
   * The story as a wire item, as {@link #from(Article, WireSite)}, in its translation group (the
   * group and, for a translation of a published story, that story's guid, URL and language).
   */
  public static WireItem from(Article article, WireSite site, Optional<Translation> translation) {
    ArticleContent content = article.content();
    List<Subject> subjects = new ArrayList<>();
    article
        .section()
        .filter(s -> printable(s.name()))
        .ifPresent(
            s ->
                subjects.add(
                    new Subject(
                        Subject.Kind.SECTION,
                        s.name(),
                        Slugs.inPath(s.slug()),
                        site.sectionUrl(""))));
    article.tags().stream()
        .filter(t -> printable(t.name()))
        .forEach(
            t ->
                subjects.add(
                    new Subject(
                        Subject.Kind.TOPIC, t.name(), Slugs.inPath(t.slug()), site.topicUrl(""))));
    // A name or alt text made only of characters no format can carry is left out, not fatal.
    List<Byline> bylines =
        article.authors().isEmpty()
            ? content.bylines().stream()
                .filter(WireItems::printable)
                .map(n -> new Byline(n, Optional.empty()))
                .toList()
            : article.authors().stream()
                .filter(a -> printable(a.name()))
                .map(a -> new Byline(a.name(), Optional.of(site.authorUrl(a.slug()))))
                .toList();
    List<WireBlock> body = new ArrayList<>();
    for (Block block : content.body()) {
      if (block instanceof Block.Photo photo) {
        photo(photo, site).ifPresent(p -> body.add(new WireBlock.Photo(p)));
      } else {
        body.add(new WireBlock.Text(block));
      }
    }
    return new WireItem(
        article.id().value(),
        site.articleGuid(article.id().value()),
        article.version(),
        article.firstPublishedAt(),
        article.lastChanged(),
        PubStatus.of(article.state()),
        article.state() == ArticleState.EMBARGOED ? article.embargoUntil() : Optional.empty(),
        content.urgency(),
        content.language(),
        content.headline(),
        content.summary(),
        bylines,
        content.dateline(),
        subjects,
        body,
        article.correction(),
        site.articleUrl(article.id().value(), article.slug()),
        new WireItem.Provider(site.agencyName(), site.homeUrl()),
        translation,
        Optional.empty());
  }

  /**
   * The photo with its renditions: the {@code srcset} entries and the {@code src} itself (the
   * largest, whose height is known). A smaller rendition's height follows the aspect ratio.
   */
  static Optional<WirePhoto> photo(Block.Photo photo, WireSite site) {
    if (photo.image().isEmpty()) {
      return Optional.empty();
    }
    Map<String, WirePhoto.Rendition> byHref = new LinkedHashMap<>();
    for (String entry : COMMA.splitAsStream(photo.srcset()).toList()) {
      Matcher m = SRCSET_ENTRY.matcher(entry);
      if (m.matches() && !m.group(1).equals(photo.src())) {
        int width = Integer.parseInt(m.group(2));
        int height =
            photo.width() > 0 && photo.height() > 0
                ? (int) Math.round((double) width * photo.height() / photo.width())
                : 0;
        String href = site.absolute(m.group(1));
        byHref.putIfAbsent(
            href, new WirePhoto.Rendition("w" + width, href, width, height, mime(href)));
      }
    }
    String largest = site.absolute(photo.src());
    byHref.put(
        largest,
        new WirePhoto.Rendition(
            "w" + Math.max(photo.width(), 0),
            largest,
            Math.max(photo.width(), 0),
            Math.max(photo.height(), 0),
            mime(largest)));
    String alt = printable(photo.alt()) ? photo.alt() : photo.caption();
    return Optional.of(
        new WirePhoto(
            site.photoGuid(fileName(photo.src())),
            printable(alt) ? alt : "Photo",
            photo.caption(),
            photo.credit(),
            List.copyOf(byHref.values())));
  }

  private static boolean printable(String text) {
    return !SafeText.line(text).isEmpty();
  }

  /** The last path segment without its extension: {@code photo-1a2b3c4d5e-1600}. */
  private static String fileName(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    int query = name.indexOf('?');
    name = query >= 0 ? name.substring(0, query) : name;
    int dot = name.lastIndexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    return name.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  /** The media type of a rendition, from its extension (the media store writes JPEG and PNG). */
  static String mime(String href) {
    String path = href.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    if (path.endsWith(".png")) {
      return "image/png";
    }
    if (path.endsWith(".webp")) {
      return "image/webp";
    }
    if (path.endsWith(".gif")) {
      return "image/gif";
    }
    return "image/jpeg";
  }
}
