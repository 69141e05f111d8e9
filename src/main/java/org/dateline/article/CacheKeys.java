package org.dateline.article;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cache keys of the public site, in one place: which keys a change of a story touches (stored
 * with its change-log entry), and which keys a page depends on (the lists it is and the stories it
 * shows). A cached page is dropped when a change touches one of its keys; the same keys can serve
 * as a CDN's surrogate keys. Keys name things by id, which never changes: {@code article:ID},
 * {@code section:ID}, {@code author:ID}, {@code tag:ID}, {@code list:home}, {@code list:news}
 * (touched by a change in any edition), {@code list:home:CODE} and {@code list:news:CODE} (one
 * edition's, decision 0068), and {@code ids:N} for the block of {@link #ID_BLOCK} ids a story's id
 * falls in (what a sitemap page of an id range depends on, decision 0027).
 */
public final class CacheKeys {
  /** The home page. */
  public static final String HOME = "list:home";

  /** Every edition's home page, dropped when the editors' picks change (decision 0068). */
  public static final String CURATED = "list:curated";

  /** All News, every public story. */
  public static final String ALL_NEWS = "list:news";

  /** How many story ids one {@code ids:N} key covers. */
  public static final long ID_BLOCK = 1000;

  private CacheKeys() {}

  /** The key of the block of ids {@code id} falls in: ids 1-1000 are {@code ids:0}. */
  public static String idBlock(long id) {
    return "ids:" + (id - 1) / ID_BLOCK;
  }

  /** The keys of every id block from {@code fromId} to {@code toId} (both at least 1). */
  public static Set<String> idBlocks(long fromId, long toId) {
    Set<String> keys = new TreeSet<>();
    for (long block = (fromId - 1) / ID_BLOCK; block <= (toId - 1) / ID_BLOCK; block++) {
      keys.add("ids:" + block);
    }
    return keys;
  }

  public static String article(ArticleId id) {
    return "article:" + id.value();
  }

  public static String section(long sectionId) {
    return "section:" + sectionId;
  }

  public static String author(long authorId) {
    return "author:" + authorId;
  }

  public static String tag(long tagId) {
    return "tag:" + tagId;
  }

  /** The home page of one edition (decision 0068). */
  public static String home(String edition) {
    return HOME + ":" + edition;
  }

  /** All News of one edition (decision 0068). */
  public static String allNews(String edition) {
    return ALL_NEWS + ":" + edition;
  }

  /**
   * The key of a list page (all its pages, whatever the cursor). All News of one edition (and its
   * date archive) has its own key; an author's or topic's stories in one edition have the author's
   * or topic's.
   */
  public static String of(Listing listing) {
    if (listing instanceof Listing.InEdition e) {
      return e.listing() instanceof Listing.All || e.listing() instanceof Listing.Between
          ? allNews(e.edition())
          : of(e.listing());
    }
    if (listing instanceof Listing.InSection s) {
      return section(s.sectionId());
    } else if (listing instanceof Listing.ByAuthor a) {
      return author(a.authorId());
    } else if (listing instanceof Listing.ByTag t) {
      return tag(t.tagId());
    }
    return ALL_NEWS;
  }

  /**
   * What a change of a story touches: the story, the home page, All News, and the section, authors
   * and topics it had before the change and has after it (a story moved out of a section or that
   * lost a topic drops from the old lists too).
   */
  public static Set<String> ofChange(Optional<Article> before, Article after) {
    Set<String> keys = new TreeSet<>(ofStory(after));
    before.ifPresent(b -> keys.addAll(ofStory(b)));
    return keys;
  }

  /**
   * What one state of a story touches: with {@link #ofStory(ArticleId, Optional, Collection,
   * Collection)}, its edition's home page and All News ({@code list:home:ko}, {@code
   * list:news:ko}).
   */
  public static Set<String> ofStory(Article a) {
    Set<String> keys =
        ofStory(
            a.id(),
            a.section().map(s -> s.id()),
            a.authors().stream().map(Author::id).toList(),
            a.tags().stream().map(Tag::id).toList());
    if (!a.edition().isEmpty()) {
      keys.add(home(a.edition()));
      keys.add(allNews(a.edition()));
    }
    return keys;
  }

  /** What one state of a story touches, from its ids. */
  public static Set<String> ofStory(
      ArticleId id, Optional<Long> sectionId, Collection<Long> authorIds, Collection<Long> tagIds) {
    Set<String> keys = new TreeSet<>();
    keys.add(article(id));
    keys.add(idBlock(id.value()));
    keys.add(HOME);
    keys.add(ALL_NEWS);
    sectionId.ifPresent(s -> keys.add(section(s)));
    authorIds.forEach(a -> keys.add(author(a)));
    tagIds.forEach(t -> keys.add(tag(t)));
    return keys;
  }

  /**
   * What a change of a story touches of one of its translations (decision 0077): its page and its
   * sitemap block, which link the story.
   */
  public static Set<String> ofTranslation(ArticleId id) {
    return new TreeSet<>(Set.of(article(id), idBlock(id.value())));
  }

  /** What a page depends on: its own keys and every story it shows. */
  public static Set<String> ofPage(Collection<String> own, Collection<ArticleId> shown) {
    Set<String> keys = new TreeSet<>(own);
    shown.forEach(id -> keys.add(article(id)));
    return keys;
  }
}
